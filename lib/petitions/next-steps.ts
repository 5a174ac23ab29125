/**
 * What a supporter can do next after confirming a signature, offered only when something is behind it:
 * a protest letter only if the campaign has published letter templates, joining an action only if an
 * approved one is still ahead. Reporting an action taken is a form of its own, so it is always there.
 */
import "server-only";
import { listUpcomingPlannedActions } from "@/db/queries/wall";
import { listPublishedLetterTemplates } from "@/db/queries/letters";

export interface NextSteps {
  letters: boolean;
  plannedActions: number;
}

export function nextStepsFor(campaign: { id: number; slug: string }, now: Date): NextSteps {
  const letters = listPublishedLetterTemplates({ campaignSlug: campaign.slug, limit: 1, offset: 0 }).total > 0;
  const plannedActions = listUpcomingPlannedActions(campaign.id, { now, page: 1, pageSize: 1 }).total;
  return { letters, plannedActions };
}
