export { createClient, GenderscanApiError, type ClientOptions, type GenderscanClient, type UploadFile } from "./client.js";
