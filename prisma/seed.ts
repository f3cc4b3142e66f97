// `npm run db:seed`: the demo workspace (idempotent).
import { DEMO_API_KEY, DEMO_PASSWORD, seedDemo } from "./seed-demo";
import { db } from "../src/server/db";

const result = await seedDemo();
console.log(`Seeded demo workspace ${result.organizationId}`);
for (const person of result.people) console.log(`  ${person.role.padEnd(6)} ${person.email}  password: ${DEMO_PASSWORD}`);
console.log(`  API key: ${DEMO_API_KEY}`);
await db.$disconnect();
process.exit(0);
