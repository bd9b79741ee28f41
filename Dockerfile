# One image for every keyfield process; docker-compose.yml picks the command per service.
# Services run TypeScript from source through scripts/lib/service-register.cjs (swc), as `npm start` does: no build step.

FROM node:24-bookworm-slim AS deps
WORKDIR /app
# Workspace manifests first, so dependencies are reinstalled only when a manifest or the lockfile changes.
COPY package.json package-lock.json ./
COPY packages ./packages
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
# The gateway by default; every other service sets its own command.
EXPOSE 4000
CMD ["node", "-r", "./scripts/lib/service-register.cjs", "gateway/src/index.ts"]
