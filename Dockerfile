# The ROTA app (site + admin) for production. Built once; `start` applies migrations and serves.
FROM node:20-bookworm-slim
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
