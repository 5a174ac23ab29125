/** After the confirm button: the report waits for a moderator. */
import { confirmedPage } from "@/components/submissions/submission-pages";

const page = confirmedPage("report");
export const generateMetadata = page.generateMetadata;
export default page.Page;
