/** "Check your email" after a report-back (components/submissions/submission-pages.tsx). */
import { thanksPage } from "@/components/submissions/submission-pages";

const page = thanksPage("report");
export const generateMetadata = page.generateMetadata;
export default page.Page;
