# The ROTA app (site + admin) for production. Built once; `start` applies migrations and serves.
FROM node:20-bookworm-slim AS app
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# postinstall applies the patches in patches/ (see its README).
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm start -- --build-only
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["npm", "start"]

# The `backup` service (docker-compose.yml; docs/operations/production.md, "Backing up and restoring"): this app's own
# `npm run backup` and `npm run restore`, with the MongoDB Database Tools they run, taken from the
# same MongoDB image as the database (they need the Kerberos library they were built with).
FROM app AS backup
RUN apt-get update && apt-get install -y --no-install-recommends libgssapi-krb5-2 && rm -rf /var/lib/apt/lists/*
COPY --from=mongo:7 /usr/bin/mongodump /usr/bin/mongorestore /usr/bin/
CMD ["npm", "run", "backup", "--", "--help"]
