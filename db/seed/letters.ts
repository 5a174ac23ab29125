/**
 * Demo content: the demo campaign's protest-letter templates, one in English and one in Russian,
 * to Kazakhstan's ambassadors, about the arrests before the land protests of May 2016. Written
 * for this demo from the facts in the domain brief.
 */
import "server-only";
import type { DbOrTx } from "../client";
import { insertLetterTemplate } from "../queries/letters";
import type { Campaign, NewLetterTemplate } from "../schema";

const TEMPLATES: Omit<NewLetterTemplate, "campaignId">[] = [
  {
    title: "Free the land protesters: a letter to Kazakhstan's ambassador",
    purpose:
      "For union branches, student and human-rights groups abroad: ask Kazakhstan's ambassador in your country to pass our demands on to the government — release the people arrested before the protests of May 2016 and respect the right to assemble.",
    language: "en",
    recipientKind: "embassy",
    subject: "Release the people detained before the protests of 21 May 2016",
    salutation: "Dear {{recipient.name}},",
    body: `We write to protest against the arrest of peaceful activists in Kazakhstan in May 2016. Before the day of protest called for 21 May against the plan to sell or lease farmland to foreign investors, people in Astana, Almaty and Atyrau were detained and jailed for 15 days for "planning illegal rallies". Others were given 10 days for "hooliganism".

No one should be punished for intending to protest. Arresting people before they have said a word in public is not law enforcement: it is an attempt to silence a debate about the country's land and its future.

We call on the Government of the Republic of Kazakhstan to:

- release everyone detained in connection with the land protests, and drop all charges against them;
- release all political prisoners;
- respect the right to peaceful assembly and to free speech;
- let working people organise in independent trade unions of their own choosing.

We ask you to pass this letter on to your government and to let us know the reply. Trade unionists and human-rights supporters in {{recipient.country}} and around the world will go on following what happens to those detained.`,
    signOff: "Yours sincerely,",
    status: "published",
  },
  {
    title: "Свободу участникам земельных протестов: письмо послу Казахстана",
    purpose:
      "Для профсоюзов, студенческих и правозащитных групп за рубежом: попросите посла Казахстана в вашей стране передать наши требования правительству — освободить задержанных перед протестами в мае 2016 года и уважать право на собрания.",
    language: "ru",
    recipientKind: "embassy",
    subject: "Освободите людей, задержанных перед протестами 21 мая 2016 года",
    salutation: "Уважаемый господин посол!",
    body: `Мы пишем вам в знак протеста против арестов мирных активистов в Казахстане в мае 2016 года. Накануне дня протеста 21 мая против планов продать или сдать в аренду сельскохозяйственные земли иностранным инвесторам людей в Астане, Алматы и Атырау задержали и отправили под арест на 15 суток за «подготовку незаконных митингов». Других арестовали на 10 суток за «хулиганство».

Никого нельзя наказывать за намерение выйти на протест. Арестовывать людей прежде, чем они успели что-либо сказать публично, — это не соблюдение закона, а попытка заглушить спор о земле и о будущем страны.

Мы призываем правительство Республики Казахстан:

- освободить всех, кого задержали в связи с земельными протестами, и снять с них все обвинения;
- освободить всех политических заключённых;
- уважать право на мирные собрания и свободу слова;
- дать трудящимся возможность объединяться в независимые профсоюзы по собственному выбору.

Просим вас передать это письмо вашему правительству и сообщить нам, какой ответ вы получите. Профсоюзные активисты и правозащитники во всём мире будут и дальше следить за судьбой задержанных.`,
    signOff: "С уважением,",
    status: "published",
  },
];

export function seedLetterTemplates(tx: DbOrTx, campaign: Campaign, now: Date): void {
  for (const template of TEMPLATES) insertLetterTemplate(tx, { ...template, campaignId: campaign.id, createdAt: now });
}
