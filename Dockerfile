# syntax=docker/dockerfile:1

# ---- deps: the sources with every dependency, dev ones included ----
FROM node:20-bookworm-slim AS deps
# better-sqlite3 downloads a prebuilt binary when one matches; otherwise it compiles with these.
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .

# ---- test: the test suites (the `test` service of docker-compose.yml runs them) ----
FROM deps AS test
CMD ["npx", "jest"]

# ---- build: compile TypeScript, then drop dev dependencies ----
FROM deps AS build
RUN npm run build \
    && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: compiled code and production dependencies only, as a non-root user ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/app/data
WORKDIR /app
# Code stays root-owned (read-only for the app); only the data directory belongs to `node`.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
