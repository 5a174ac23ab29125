/** The page a report-back's emailed link opens; only its button confirms. */
import { confirmPage } from "@/components/submissions/submission-pages";

const page = confirmPage("report");
export const generateMetadata = page.generateMetadata;
export default page.Page;
