/**
 * Absolute links that leave the site (in emails and share links). `origin` is the site origin the
 * request that causes the link arrived on (lib/security/origin.ts requestOrigin): someone on the .onion
 * address gets .onion links. Without one (emails to many people, scheduled work), APP_URL.
 */
import { config } from "@/lib/config";

export function absoluteUrl(pathname: string, origin?: string): string {
  return `${origin ?? config().appUrl}${pathname.startsWith("/") ? "" : "/"}${pathname}`;
}

export const paths = {
  home: (locale: string) => `/${locale}`,
  campaign: (locale: string, slug: string) => `/${locale}/campaigns/${slug}`,
  petition: (locale: string, slug: string) => `/${locale}/petitions/${slug}`,
  petitionThanks: (locale: string, slug: string) => `/${locale}/petitions/${slug}/thanks`,
  petitionConfirmed: (locale: string, slug: string) => `/${locale}/petitions/${slug}/confirmed`,
  confirm: (locale: string, token: string) => `/${locale}/confirm/${token}`,
  report: (locale: string, slug: string) => `/${locale}/campaigns/${slug}/report`,
  reportConfirm: (locale: string, token: string) => `/${locale}/reports/confirm/${token}`,
  proposeAction: (locale: string, slug: string) => `/${locale}/campaigns/${slug}/actions/new`,
  plannedActionConfirm: (locale: string, token: string) => `/${locale}/planned-actions/confirm/${token}`,
  actionsWall: (locale: string, slug: string) => `/${locale}/campaigns/${slug}/actions`,
  myData: (locale: string) => `/${locale}/my-data`,
  myDataLink: (locale: string, token: string) => `/${locale}/my-data/${token}`,
  myDataRecords: (locale: string) => `/${locale}/my-data/records`,
  myDataErased: (locale: string) => `/${locale}/my-data/erased`,
  plannedActionIcs: (id: number) => `/api/actions/${id}/ics`,
  petitionFactsApi: (slug: string) => `/api/petitions/${slug}`,
  petitionSignaturesApi: (slug: string) => `/api/petitions/${slug}/signatures`,
};
