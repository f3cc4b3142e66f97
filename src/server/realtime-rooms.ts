// Room names shared by the Socket.IO server and the publishers.
export const organizationRoom = (organizationId: string) => `org:${organizationId}`;
export const agentRoom = (organizationId: string, userId: string) => `org:${organizationId}:user:${userId}`;
export const visitorRoom = (contactId: string) => `visitor:${contactId}`;
