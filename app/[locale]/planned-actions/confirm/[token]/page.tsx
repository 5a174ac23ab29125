/** The page a proposed planned action's emailed link opens; only its button confirms. */
import { confirmPage } from "@/components/submissions/submission-pages";

const page = confirmPage("plannedAction");
export const generateMetadata = page.generateMetadata;
export default page.Page;
