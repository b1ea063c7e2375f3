// Employer intake at the window (用工登记, 第十二条(三)): a company or an
// individual business is identified by its 统一社会信用代码; a private
// household hiring a 家政 worker (个人雇主) by a phone, with an ID number only
// if the person offers it (PIPL: collect the minimum). The same code twice is
// one employer, so a duplicate is found before a second record is made.
import { parsePhone } from '../ids/phone';
import { maskResidentId } from '../ids/mask';
import { parseResidentId } from '../ids/resident-id';
import type { Problem } from '../ids/problem';
import type { Employer } from '../records/people';
import { checkCreditCode } from './credit-code-check';

export type IntakeEmployerKind = 'company' | 'individual_business' | 'person';

/** What the staff member has typed so far; every field is text because it is a draft. */
export interface EmployerDraft {
  readonly kind: IntakeEmployerKind;
  readonly name: string;
  readonly creditCode: string;
  readonly idNumber: string;
  readonly contactName: string;
  readonly contactPhone: string;
  readonly district: string;
  readonly address: string;
}

export type EmployerDraftField = keyof EmployerDraft;

export const EMPTY_EMPLOYER_DRAFT: EmployerDraft = {
  kind: 'company',
  name: '',
  creditCode: '',
  idNumber: '',
  contactName: '',
  contactPhone: '',
  district: '',
  address: '',
};

/** The fields of a valid draft, normalised, ready to become an Employer record. */
export interface EmployerIntake {
  readonly kind: IntakeEmployerKind;
  readonly name: string;
  readonly creditCode: string | null;
  readonly idNumber: string | null;
  readonly contact: { readonly name: string; readonly phone: string };
  readonly district: string | null;
  readonly address: string;
}

export type EmployerIntakeResult =
  | { readonly ok: true; readonly intake: EmployerIntake }
  | { readonly ok: false; readonly problems: Partial<Record<EmployerDraftField, Problem>> };

export function needsCreditCode(kind: IntakeEmployerKind): boolean {
  return kind !== 'person';
}

/** Checks every field at once, so staff see all that is wrong together (一次性告知 applies to forms too). */
export function checkEmployerDraft(draft: EmployerDraft, today: string): EmployerIntakeResult {
  const problems: Partial<Record<EmployerDraftField, Problem>> = {};
  const name = draft.name.trim();
  if (name.length === 0) problems.name = { zh: '请输入用工主体名称', en: 'enter the employer name' };
  else if (name.length > 100) problems.name = { zh: '名称不超过 100 字', en: 'the name is at most 100 characters' };

  let creditCode: string | null = null;
  if (needsCreditCode(draft.kind)) {
    const check = checkCreditCode(draft.creditCode);
    if (check.ok) creditCode = check.code;
    else problems.creditCode = check.problem;
  } else if (draft.creditCode.trim() !== '') {
    problems.creditCode = {
      zh: '个人雇主不填统一社会信用代码；如有营业执照请选“个体工商户”',
      en: 'a private employer has no credit code; with a business licence choose "individual business"',
    };
  }

  let idNumber: string | null = null;
  if (draft.kind === 'person' && draft.idNumber.trim() !== '') {
    const id = parseResidentId(draft.idNumber, today);
    if (id.ok) idNumber = id.id.number;
    else problems.idNumber = id.problem;
  }

  const contactName = draft.contactName.trim();
  if (contactName.length === 0) problems.contactName = { zh: '请输入联系人', en: 'enter a contact name' };
  const phone = parsePhone(draft.contactPhone);
  if (phone === null) {
    problems.contactPhone =
      draft.contactPhone.trim() === ''
        ? { zh: '请输入联系电话', en: 'enter a contact phone' }
        : {
            zh: '联系电话格式不对（手机 11 位，座机带区号）',
            en: 'not a phone number (11-digit mobile, or area code + number)',
          };
  }
  if (draft.address.trim().length > 200) {
    problems.address = { zh: '地址不超过 200 字', en: 'the address is at most 200 characters' };
  }
  if (Object.keys(problems).length > 0 || phone === null) return { ok: false, problems };
  return {
    ok: true,
    intake: {
      kind: draft.kind,
      name,
      creditCode,
      idNumber,
      contact: { name: contactName, phone: phone.normalized },
      district: draft.district.trim() === '' ? null : draft.district.trim(),
      address: draft.address.trim(),
    },
  };
}

/** The live employer of the market already registered under this code, if any. */
export function findEmployerByCode(
  employers: readonly Pick<Employer, 'id' | 'creditCode' | 'deleted' | 'marketId' | 'name'>[],
  marketId: string,
  creditCode: string,
): Pick<Employer, 'id' | 'name'> | null {
  const check = checkCreditCode(creditCode);
  if (!check.ok) return null;
  const hit = employers.find((e) => !e.deleted && e.marketId === marketId && e.creditCode === check.code);
  return hit === undefined ? null : { id: hit.id, name: hit.name };
}

/** A private employer's ID as lists show it: never the full number. */
export function employerIdForList(idNumber: string | null): string {
  return idNumber === null ? '' : maskResidentId(idNumber);
}
