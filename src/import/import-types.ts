import type { ImportType } from './import-type.js';
import { absencesImport } from './types/absences-import.js';
import { assessmentsImport } from './types/assessments-import.js';
import { complaintsImport } from './types/complaints-import.js';
import { contactsImport } from './types/contacts-import.js';
import { customersImport } from './types/customers-import.js';
import { departmentsImport } from './types/departments-import.js';
import { interactionsImport } from './types/interactions-import.js';
import { ordersImport } from './types/orders-import.js';
import { paymentsImport } from './types/payments-import.js';
import { peopleImport } from './types/people-import.js';
import { surveysImport } from './types/surveys-import.js';

/**
 * Every importable type, in dependency order: a type only references types before it
 * (departments.head → people is the one cycle; a folder import settles it in a second pass).
 * A new type is one file in types/ and one line here.
 */
export const importTypes: readonly ImportType[] = [
  departmentsImport,
  peopleImport,
  customersImport,
  contactsImport,
  ordersImport,
  paymentsImport,
  surveysImport,
  interactionsImport,
  complaintsImport,
  assessmentsImport,
  absencesImport,
];
