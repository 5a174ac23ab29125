/**
 * Demo content: the demo campaign's protest-letter templates, one in English and one in Russian,
 * to Kazakhstan's ambassadors. The campaign goes on today, so the letters are written to be sent
 * today (they carry today's date) and recall the arrests before the land protests of May 2016 as
 * past events. Written for this demo from the facts in the domain brief. The salutation is the
 * directory's form of address ({{recipient.salutation}}), the country as a sentence writes it.
 */
import "server-only";
import type { DbOrTx } from "../client";
import { insertLetterTemplate } from "../queries/letters";
import type { Campaign, NewLetterTemplate } from "../schema";

const TEMPLATES: Omit<NewLetterTemplate, "campaignId">[] = [
  {
    title: "The right to protest in Kazakhstan: a letter to Kazakhstan's ambassador",
    purpose:
      "For union branches, student and human-rights groups abroad: remind Kazakhstan's ambassador in your country of the activists arrested before the land protests of May 2016, and ask the government to free political prisoners and respect the right to assemble.",
    language: "en",
    recipientKind: "embassy",
    subject: "No more arrests for planning a protest: remember May 2016",
    salutation: "{{recipient.salutation}}",
    body: `We write about the right to protest in Kazakhstan. In May 2016, before the day of protest called for 21 May against the plan to sell or lease farmland to foreign investors, people in Astana, Almaty and Atyrau were arrested and jailed for 15 days for "planning illegal rallies". Others were given 10 days for "hooliganism".

No one should be punished for intending to protest. Arresting people before they have said a word in public is not law enforcement: it is an attempt to silence a debate about the country's land and its future. Those arrests were never put right, and people in Kazakhstan are still jailed for organising.

We call on the Government of the Republic of Kazakhstan to:

- clear the records of everyone punished in connection with the land protests of 2016, and drop any charges still pending;
- release all political prisoners;
- respect the right to peaceful assembly and to free speech;
- let working people organise in independent trade unions of their own choosing.

We ask you to pass this letter on to your government and to let us know the reply. Trade unionists and human-rights supporters in {{recipient.country}} and around the world will go on following what happens to those who organise.`,
    signOff: "Yours sincerely,",
    status: "published",
  },
  {
    title: "Право на протест в Казахстане: письмо послу Казахстана",
    purpose:
      "Для профсоюзов, студенческих и правозащитных групп за рубежом: напомните послу Казахстана в вашей стране об активистах, арестованных перед земельными протестами в мае 2016 года, и попросите правительство освободить политзаключённых и уважать право на собрания.",
    language: "ru",
    recipientKind: "embassy",
    subject: "Хватит арестов за подготовку протестов: помним май 2016 года",
    salutation: "{{recipient.salutation}}",
    body: `Мы пишем вам о праве на протест в Казахстане. В мае 2016 года, накануне дня протеста 21 мая против планов продать или сдать в аренду сельскохозяйственные земли иностранным инвесторам, людей в Астане, Алматы и Атырау задержали и отправили под арест на 15 суток за «подготовку незаконных митингов». Других арестовали на 10 суток за «хулиганство».

Никого нельзя наказывать за намерение выйти на протест. Арестовывать людей прежде, чем они успели что-либо сказать публично, — это не соблюдение закона, а попытка заглушить спор о земле и о будущем страны. Эти аресты так и не были признаны ошибкой, а людей в Казахстане по-прежнему сажают за организацию.

Мы призываем правительство Республики Казахстан:

- снять судимости и взыскания со всех, кого наказали в связи с земельными протестами 2016 года, и прекратить все ещё не закрытые дела;
- освободить всех политических заключённых;
- уважать право на мирные собрания и свободу слова;
- дать трудящимся возможность объединяться в независимые профсоюзы по собственному выбору.

Просим вас передать это письмо вашему правительству и сообщить нам, какой ответ вы получите. Профсоюзные активисты и правозащитники в {{recipient.country.prepositional}} и во всём мире будут и дальше следить за судьбой тех, кто организуется.`,
    signOff: "С уважением,",
    status: "published",
  },
];

export function seedLetterTemplates(tx: DbOrTx, campaign: Campaign, now: Date): void {
  for (const template of TEMPLATES) insertLetterTemplate(tx, { ...template, campaignId: campaign.id, createdAt: now });
}
