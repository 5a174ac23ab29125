/**
 * The demo campaign, seeded into an empty database so a newcomer sees a living site.
 * Facts come from ../shared/DOMAIN.md; the text is our own. The urgent-action person is fictional.
 */
import "server-only";
import { getDb } from "./client";
import { countCampaigns, insertCampaign } from "./queries/campaigns";
import { insertNewsUpdate } from "./queries/news";
import { incrementSignatureCount, insertPetition } from "./queries/petitions";
import { insertSignature } from "./queries/signatures";
import { ensureUser, setMembership } from "./queries/users";
import { seedActions } from "./seed/actions";
import { seedDirectory } from "./seed/directory";
import { seedLetterTemplates } from "./seed/letters";
import { emailFingerprint } from "../lib/security/keyed-hash";
import { CONSENT_VERSION } from "../lib/petitions/consent";
import type { NameDisplay } from "../lib/petitions/name-display";

const DAY = 24 * 60 * 60 * 1000;

/** The local demo organiser: owner of the demo campaign and instance admin; signs in through the local mailbox. */
export const DEMO_ORGANISER_EMAIL = "organiser@example.org";

const STORY = `On **16 December 2011**, police in Zhanaozen, an oil town in western Kazakhstan, opened fire on striking oil workers and the people who had gathered to support them. The official toll was 16 dead and 64 injured; people in the town and campaigners say the real numbers were far higher.

The strike had started in the spring of 2011 at Ersai Caspian Contractor and Karazhanbasmunai, and spread to Ozenmunaigaz, a production subsidiary of the national oil company. Workers wanted fair pay and the right to form their own union. After the shooting, activists were jailed, torture was reported, and calls from around the world for an independent inquiry were ignored.

In **May 2016**, protests against a plan to sell or lease farmland to foreign investors spread across the country. Before a coordinated day of protest on 21 May, activists in Astana, Almaty and Atyrau were arrested and held for 15 days for "planning illegal rallies"; others got 10 days for "hooliganism". On 25 and 26 May, groups in Britain, India, Canada, Australia, Sweden and Germany handed in or sent protest letters to Kazakhstan's embassies.

In **January 2022**, a jump in gas prices set off strikes in Zhanaozen and across the Mangystau region that spread nationwide. Hundreds were killed or detained. Workers demanded the release of political prisoners, the right to organise, and the nationalisation of oil-service companies.

The pattern is the same each time: people who organise are arrested before they can speak. International attention makes a difference to how they are treated. Add your name.`;

const DEMANDS = [
  "Release everyone arrested before and during peaceful protests, and drop all charges against them.",
  "Free all political prisoners.",
  "Respect the right to peaceful assembly.",
  "No privatisation of farmland against the will of the people who live on it.",
  "Freedom of speech, assembly and organisation — including independent trade unions.",
  "An independent, international inquiry into the Zhanaozen killings of December 2011.",
];

const DEMO_SIGNERS: [string, string, string | null, NameDisplay][] = [
  ["Helen Carter", "GB", "Manchester", "full"],
  ["Tom Ashworth", "GB", "Leeds", "first_country"],
  ["Priya Nair", "IN", "Kochi", "full"],
  ["Arjun Mehta", "IN", "Mumbai", "first_country"],
  ["Marie Dubois", "CA", "Montréal", "first_country"],
  ["Liam O'Connor", "CA", "Ottawa", "full"],
  ["Grace Wu", "AU", "Sydney", "first_country"],
  ["Jack Thompson", "AU", "Melbourne", "anonymous"],
  ["Ingrid Larsson", "SE", "Göteborg", "full"],
  ["Erik Nilsson", "SE", "Stockholm", "first_country"],
  ["Katrin Vogel", "DE", "Berlin", "first_country"],
  ["Jonas Becker", "DE", "Hamburg", "full"],
  ["Aigerim N.", "KZ", null, "anonymous"],
  ["Dauren K.", "KZ", null, "anonymous"],
  ["Olga Petrova", "RU", null, "anonymous"],
  ["Camille Martin", "FR", "Lyon", "first_country"],
  ["Lucía Fernández", "ES", "Barcelona", "full"],
  ["Giulia Romano", "IT", "Bologna", "first_country"],
  ["Sean Murphy", "IE", "Dublin", "first_country"],
  ["Anna Kowalska", "PL", "Kraków", "full"],
  ["Maria Santos", "BR", "São Paulo", "first_country"],
  ["James Walker", "US", "Chicago", "first_country"],
  ["Noor Haddad", "NL", "Rotterdam", "anonymous"],
  ["Sipho Dlamini", "ZA", "Durban", "full"],
  ["Mei Tanaka", "JP", "Osaka", "first_country"],
  ["Lukas Hofer", "AT", "Vienna", "first_country"],
  ["Nora Hansen", "NO", "Bergen", "full"],
  ["Emma Virtanen", "FI", "Tampere", "first_country"],
  ["Rahul Verma", "IN", "Delhi", "first_country"],
  ["Fiona Campbell", "GB", "Glasgow", "full"],
  ["Ben Cohen", "CA", "Toronto", "anonymous"],
  ["Sophie Klein", "DE", "Leipzig", "first_country"],
  ["Chloe Evans", "AU", "Brisbane", "first_country"],
  ["Oskar Lindqvist", "SE", "Malmö", "full"],
  ["Yerbol T.", "KZ", null, "anonymous"],
  ["Rosa Jiménez", "MX", "Puebla", "first_country"],
  ["Tariq Ahmed", "GB", "London", "first_country"],
  ["Hannah Schmidt", "DE", "Cologne", "full"],
  ["David Levy", "FR", "Paris", "first_country"],
  ["Kiri Walker", "NZ", "Wellington", "first_country"],
];

/** Seeds the demo into an empty database; returns false (and writes nothing) if any campaign exists. */
export function seedDemo(now = new Date()): boolean {
  const db = getDb();
  return db.transaction(
    (tx) => {
      if (countCampaigns(tx) > 0) return false;
      const campaign = insertCampaign(tx, {
        slug: "kazakhstan-solidarity",
        title: "Solidarity with Kazakhstan's oil workers and jailed protesters",
        summary:
          "From the Zhanaozen massacre of 2011 to the land protests of 2016 and the uprising of January 2022, people in Kazakhstan are jailed for organising. Stand with them.",
        story: STORY,
        demands: DEMANDS,
        targetCountry: "KZ",
        status: "live",
        createdAt: new Date(now.getTime() - 30 * DAY),
      });
      const organiser = ensureUser(tx, DEMO_ORGANISER_EMAIL, { isAdmin: true, name: "Demo organiser" });
      setMembership(tx, campaign.id, organiser.id, "owner");
      const main = insertPetition(tx, {
        campaignId: campaign.id,
        slug: "free-the-land-protesters",
        title: "Free the jailed protesters and respect the right to assemble",
        addressee: "The Government of the Republic of Kazakhstan",
        body: `We, trade unionists, students and human-rights supporters around the world, call on the Government of Kazakhstan to:

1. release everyone detained for organising or joining peaceful protests, and drop all charges against them;
2. release all political prisoners;
3. respect the rights to peaceful assembly, free speech and independent trade unions;
4. open an independent, international inquiry into the killings in Zhanaozen on 16 December 2011.

Jailing people for "planning illegal rallies" before they have said a word is not law enforcement. It is fear. We are watching, and we will not forget them.`,
        goal: 5000,
        deadline: new Date(now.getTime() + 60 * DAY),
        isUrgent: false,
        status: "open",
        createdAt: new Date(now.getTime() - 30 * DAY),
      });
      const urgent = insertPetition(tx, {
        campaignId: campaign.id,
        slug: "urgent-medical-care-for-yerlan",
        title: "Urgent: medical care now for a jailed union activist on hunger strike",
        addressee: "The Prosecutor General of the Republic of Kazakhstan",
        body: `Yerlan S., an oil-service worker who spoke for his colleagues during the strikes, has been refusing food in pre-trial detention for twelve days. His family says he has been denied a doctor.

We demand that he is seen by an independent doctor at once, that his family and lawyer can visit him, and that he is released while the charges against him are reviewed.

*Demo content: Yerlan S. is a fictional person invented for this demonstration; the pattern of detentions is real.*`,
        goal: 2000,
        deadline: new Date(now.getTime() + 5 * DAY),
        isUrgent: true,
        status: "open",
        createdAt: new Date(now.getTime() - 7 * DAY),
      });

      const news = [
        {
          title: "Letters handed in at embassies in six countries",
          publishedAt: new Date("2016-05-27T12:00:00Z"),
          body: `On 25 and 26 May 2016, supporters in Britain, India, Canada, Australia, Sweden and Germany handed in or posted protest letters to Kazakhstan's embassies. The letters demanded the release of everyone arrested before the 21 May day of protest against the land reform.

Thank you to every branch and group that took part. Please send us copies of your letters and photos of your pickets.`,
        },
        {
          title: "Ten years since Zhanaozen: memorial meetings",
          publishedAt: new Date("2021-12-16T09:00:00Z"),
          body: `Ten years after police shot striking oil workers in Zhanaozen, memorial meetings were held to remember those killed and to repeat the demand for an independent inquiry that has never been granted.`,
        },
        {
          title: "January 2022: strikes spread from Zhanaozen across the country",
          publishedAt: new Date("2022-01-10T09:00:00Z"),
          body: `A sharp rise in the price of gas set off strikes in Zhanaozen and the Mangystau region, and within days protests spread nationwide. Hundreds have been killed or detained.

Workers are demanding the release of political prisoners, the right to organise, and the nationalisation of oil-service companies. We call on the labour movement everywhere to stand with them.`,
        },
      ];
      for (const n of news) insertNewsUpdate(tx, { campaignId: campaign.id, ...n, createdAt: n.publishedAt });

      // Order matters: templates and actions refer to directory entries.
      seedDirectory(tx, campaign, now);
      seedLetterTemplates(tx, campaign, now);
      seedActions(tx, campaign, now);

      DEMO_SIGNERS.forEach(([name, country, city, nameDisplay], i) => {
        // Most sign the main petition; every third one signs the urgent action too.
        const targets = i % 3 === 0 ? [main, urgent] : [main];
        for (const petition of targets) {
          const signedAt = new Date(now.getTime() - (DEMO_SIGNERS.length - i) * 3 * 60 * 60 * 1000);
          const email = `demo-signer-${i + 1}@example.org`;
          insertSignature(tx, {
            petitionId: petition.id,
            name,
            email,
            emailFingerprint: emailFingerprint(email),
            country,
            city,
            nameDisplay,
            optInUpdates: i % 2 === 0,
            consentVersion: CONSENT_VERSION,
            locale: "en",
            source: "demo",
            status: "confirmed",
            createdAt: signedAt,
            confirmedAt: new Date(signedAt.getTime() + 10 * 60 * 1000),
          });
          incrementSignatureCount(tx, petition.id, 1);
        }
      });
      return true;
    },
    { behavior: "immediate" },
  );
}
