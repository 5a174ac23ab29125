/** After the confirm button: the planned action waits for a moderator. */
import { confirmedPage } from "@/components/submissions/submission-pages";

const page = confirmedPage("plannedAction");
export const generateMetadata = page.generateMetadata;
export default page.Page;
