FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY tsconfig.json drizzle.config.ts ./
COPY src ./src
COPY schema ./schema
COPY seeds ./seeds
ENV HOST=0.0.0.0 PORT=4000 NODE_ENV=production
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/cli/serve.ts"]
