export { ErrorCode } from './codes';
export { userInputError } from './user-input';
export { formatErrorFor } from './format';
export { forbiddenError } from './forbidden';
