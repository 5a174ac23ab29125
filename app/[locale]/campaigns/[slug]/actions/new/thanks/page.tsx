/** "Check your email" after proposing a planned action (components/submissions/submission-pages.tsx). */
import { thanksPage } from "@/components/submissions/submission-pages";

const page = thanksPage("plannedAction");
export const generateMetadata = page.generateMetadata;
export default page.Page;
