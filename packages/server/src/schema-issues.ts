// How the server words schema issues is declared once, in the protocol, so the test platform of @citadel/testing
// answers with the same paths and messages.
export { englishErrors, issueOf, type SchemaIssue } from '@citadel/protocol/api';
