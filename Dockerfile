# syntax=docker/dockerfile:1
# The Node relay as a container image.
#   docker build -t webhook2github .
#   docker run -d -p 8787:8787 -v webhook2github-data:/data webhook2github
# The outbox (SQLite) and its key file live in the /data volume; settings come from W2G_*
# variables (README: Configuration). compose.yaml puts it behind a TLS reverse proxy.

ARG NODE_IMAGE=node:24-bookworm-slim

# Runtime dependencies only. better-sqlite3 downloads a prebuilt binary or compiles one: the
# compiler stays in this stage.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# --ignore-scripts: this project's own `prepare` (the build) needs sources and dev tools; only
# better-sqlite3's install step is wanted here.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm rebuild better-sqlite3 \
 && npm cache clean --force

# The build: esbuild bundles the Node relay into dist/node.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
RUN node scripts/build.mjs --only node --quiet

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    W2G_DB=/data/webhook2github.db
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist/node ./dist/node
COPY package.json ./
COPY bin ./bin
# The image's `node` user (uid 1000) owns the data folder and runs the relay.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8787
# Slim images have no curl: Node's own fetch asks /healthz (200 while the relay can accept work).
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8787) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node itself is PID 1 and the relay handles SIGTERM (docker stop): in-flight requests finish,
# pending deliveries stay in /data for the next start.
ENTRYPOINT ["node", "bin/webhook2github.js"]
CMD ["serve"]
