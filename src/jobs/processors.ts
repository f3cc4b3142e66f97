// The processor of each job name. A processor gets the payload already parsed by its schema.
import type { JobName, JobPayload } from "./definitions";
import { sendInvitationEmail } from "@/features/tenants/send-invitation-email";

type Processors = { [N in JobName]: (payload: JobPayload<N>) => Promise<unknown> };

export const PROCESSORS: Processors = {
  "invitation.send-email": sendInvitationEmail,
};
