/**
 * A signer's name is free text in any script (apostrophes, hyphens, Cyrillic and Kazakh letters,
 * initials), but not a link or an email address: those turn a public list of signers into an
 * advertising board and a delivery pack into spam. Shared by the browser and the server.
 */

const SCHEME = /[a-z][a-z0-9+.-]*:\/\//i; // http://x, ftp://, hxxp://
const WWW = /(^|[^\p{L}\p{N}])www\d*\./iu;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/u;
// label.tld with a top-level domain link spammers use; a name such as "St.John" or "J.R. Smith" is not one.
const TLDS =
  "com|net|org|info|biz|io|co|me|app|dev|xyz|online|site|website|top|shop|store|club|link|click|live|pro|tech|news|blog|win|vip|ly|to|tk|ml|ga|cf|gq|cc|ws|su|ru|kz|ua|by|uz|kg|uk|de|fr|eu|us|cn|in|br|рф|қаз";
const DOMAIN = new RegExp(`(^|[^\\p{L}\\p{N}])[\\p{L}\\p{N}-]{2,}(\\.[\\p{L}\\p{N}-]+)*\\.(${TLDS})($|[^\\p{L}\\p{N}])`, "iu");

export function nameHasLink(name: string): boolean {
  return SCHEME.test(name) || WWW.test(name) || EMAIL.test(name) || DOMAIN.test(name);
}
