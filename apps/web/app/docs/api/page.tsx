// /docs/api – human-readable REST API reference rendered from the OpenAPI document
import { ApiReference } from "@/features/api-docs/api-reference";

export { generateMetadata } from "@/features/api-docs/api-reference";

export default ApiReference;
