import { InvitationView } from "@/components/auth/invitation-view";

export const metadata = { title: "Invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ invitationId: string }> }) {
  const { invitationId } = await params;
  return <InvitationView invitationId={invitationId} />;
}
