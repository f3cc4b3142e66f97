# syntax=docker/dockerfile:1
# One image for every Baton process:
#   web      npm start            (default: Next.js + Socket.IO on $PORT)
#   worker   npm run worker       (BullMQ workers)
#   migrate  npm run db:deploy    (applies prisma/migrations, then exits)
# Build: docker build -t baton:latest .     Run the whole stack: docker compose up (docker-compose.yml)

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------- deps: node_modules + Prisma client
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Only what `npm install` needs, so this layer is cached until dependencies or the schema change.
# The project's postinstall runs `prisma generate` (prisma.config.ts + prisma/schema.prisma ->
# src/generated/prisma). `npm install`, not `npm ci`: the committed lockfile is written on machines
# whose registry lacks some platform-specific optional binaries, and `npm ci` rejects it.
# devDependencies stay: `npm run db:deploy` uses the Wasm schema engine and the driver-adapter
# utils, which are devDependencies.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm install --no-audit --no-fund && npm cache clean --force

# ---------------------------------------------------------------- build: next build
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app ./
COPY . .
# next.config.ts and the route modules import src/server/env.ts during `next build`, so the required variables
# must parse at build time. These placeholders exist only for this one command (not in any image
# layer's config): the real values come from the runtime environment. `.invalid` never resolves.
RUN PUBLIC_URL=http://build-placeholder.invalid \
    DATABASE_URL=postgresql://build:build@build-placeholder.invalid:5432/build_placeholder \
    REDIS_URL=redis://build-placeholder.invalid:6379 \
    BETTER_AUTH_SECRET=build-time-placeholder-not-a-real-secret-0000 \
    ENCRYPTION_KEY=0000000000000000000000000000000000000000000000000000000000000000 \
    npm run build \
 && rm -rf .next/cache \
 && mkdir -p public scripts

# ---------------------------------------------------------------- runtime
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    HOST=0.0.0.0 \
    PORT=3000
# What `npm start` (tsx src/server/main.ts), `npm run worker` and `npm run db:deploy` need. TypeScript
# runs through tsx, so src/ ships as source (with the generated Prisma client in src/generated).
# next.config.* is a wildcard so the build does not fail while the project has none.
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/tsconfig.json /app/prisma.config.ts /app/next.config.* ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/.next ./.next
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/prisma ./prisma
COPY --from=build --chown=node:node /app/scripts ./scripts
COPY --from=build --chown=node:node /app/src ./src
USER node
EXPOSE 3000
# For the web process; the worker and migrate services in docker-compose.yml disable it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["npm", "start"]
