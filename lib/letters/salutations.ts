/**
 * Salutations by form of address and letter language, as diplomatic correspondence uses them.
 * The directory entry stores the form (`missions.address_form`); when it does not, the form is
 * read from the entry's kind and head of mission; the template may always write its own
 * salutation instead of `{{recipient.salutation}}`.
 *
 * Sources for the wording: English — the UK Foreign, Commonwealth & Development Office's and
 * Debrett's forms of address for ambassadors ("Your Excellency," in formal letters, "Dear
 * Ambassador," otherwise; "Dear Chargé d'affaires,"; "Dear Consul General,"), "Dear Sir or
 * Madam," when no one is named. Russian — the forms of Russian diplomatic protocol («Ваше
 * Превосходительство», «Уважаемый господин Посол», «Уважаемый временный поверенный в делах»,
 * «Уважаемые дамы и господа»). Kazakh — the Kazakh equivalents used by Kazakhstan's foreign
 * ministry («Жоғары Мәртебелі», «Құрметті Елші мырза», «Құрметті ханымдар мен мырзалар»).
 * The Russian and Kazakh forms address a man (господин, мырза), as the brief's examples do; for a
 * woman the organiser writes the salutation in the template (or chooses "neutral"). A native
 * speaker should review the Kazakh wording before it is used for real.
 * Languages without a table here use the English forms, like the rest of the letter's frame.
 */
import type { AddressForm } from "@/lib/address-forms";
import type { RecipientKind } from "@/lib/recipient-kinds";

export const SALUTATIONS: Record<"en" | "ru" | "kk", Record<AddressForm, string>> = {
  en: {
    excellency: "Your Excellency,",
    ambassador: "Dear Ambassador,",
    charge: "Dear Chargé d'affaires,",
    consulGeneral: "Dear Consul General,",
    neutral: "Dear Sir or Madam,",
  },
  ru: {
    excellency: "Ваше Превосходительство,",
    ambassador: "Уважаемый господин Посол,",
    charge: "Уважаемый временный поверенный в делах,",
    consulGeneral: "Уважаемый господин Генеральный консул,",
    neutral: "Уважаемые дамы и господа,",
  },
  kk: {
    excellency: "Жоғары Мәртебелі мырза,",
    ambassador: "Құрметті Елші мырза,",
    charge: "Құрметті уақытша сенім білдірілген өкіл мырза,",
    consulGeneral: "Құрметті Бас консул мырза,",
    neutral: "Құрметті ханымдар мен мырзалар,",
  },
};

export function salutationFor(language: string, form: AddressForm): string {
  const table = SALUTATIONS[language as keyof typeof SALUTATIONS] ?? SALUTATIONS.en;
  return table[form];
}

/**
 * The form of address when the directory does not say: "H.E." before the name → Your Excellency;
 * an ambassador, a chargé d'affaires or a consul general by title; nobody named → neutral.
 */
export function defaultAddressForm(kind: RecipientKind | undefined, headName?: string | null, headTitle?: string | null): AddressForm {
  const name = headName ?? "";
  const title = headTitle ?? "";
  if (!name.trim() && !title.trim()) return "neutral";
  if (/^(H\.\s?E\.|His Excellency|Her Excellency|Его Превосходительство|Её Превосходительство)/i.test(name)) return "excellency";
  if (/charg[ée]|временн\S* поверенн/i.test(title)) return "charge";
  if (/ambassador|посол|елші/i.test(title)) return "ambassador";
  if (/consul|консул/i.test(title)) return "consulGeneral";
  return kind === "embassy" && name.trim() ? "ambassador" : "neutral";
}
