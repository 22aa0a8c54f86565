# syntax=docker/dockerfile:1
#
# Skate-boten as a container image: docker build -t skate-bot . (see docs/deployment.md).
#
# Stages: `toolchain` (Node 20 with python3, make and g++) → `build` (all dependencies, TypeScript
# compiled to dist/) and `prod-deps` (the production dependencies only, better-sqlite3 compiled from
# source) → `runtime` (plain Node 20: dist/ and the production node_modules, no compiler, no sources,
# no dev dependencies). The runtime reads nothing from the source tree: the heat map's fonts come
# from the dejavu-fonts-ttf package in node_modules, the cards, the message catalogue and the
# migrations are compiled into dist/, and the render worker is dist/render/render-worker.js.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- toolchain: what better-sqlite3 needs to build from source --------------------------------
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# node-gyp compiles against the headers the Node image ships in /usr/local/include/node instead
# of downloading them (better-sqlite3 first tries a prebuilt binary from GitHub, then compiles).
ENV npm_config_nodedir=/usr/local
WORKDIR /app
COPY package.json package-lock.json ./

# ---- build: compile the TypeScript ------------------------------------------------------------
# --ignore-scripts: the package's own `prepare` script compiles src/, which is not copied yet, and
# nothing compiled here is needed for `tsc` (the native modules are built in prod-deps).
FROM toolchain AS build
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# ---- prod-deps: the production node_modules ----------------------------------------------------
# Without dev dependencies `prepare` (tsc) cannot run, so scripts are skipped and the one
# production package with an install script, better-sqlite3, is built on its own.
FROM toolchain AS prod-deps
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm rebuild better-sqlite3 \
 && npm cache clean --force

# ---- runtime ----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978 \
    DATABASE_PATH=/data/skate-bot.db
WORKDIR /app
# Owned by root and not writable by the bot: it writes only to /data (SQLite) or to PostgreSQL.
COPY package.json package-lock.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The SQLite default's folder. Unused with DATABASE_URL (PostgreSQL).
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3978
# Healthy when the database can take writes (GET /readyz); slim images have no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "dist/main.js"]
