// 求职登记 (第七条(二)) on the kiosk, one question per screen: consent first
// (shown, read aloud, ticked by the seeker), then the phone on a digit pad,
// the name through the pinyin keyboard, trades, days and areas, expected pay,
// an optional ID number, a last look, and the receipt. Never 婚育, 民族 or 宗教.
// Everything typed lives only in this machine's context until the save; an
// idle reset unmounts the machine (and the save port writes the Seeker record
// to the outbox, which the kiosk forgets once the server has it).
import { assign, fromPromise, setup } from 'xstate';
import { checkConsent, currentNotice } from '../../domain/consent/notice';
import { parsePhone } from '../../domain/ids/phone';
import { parseResidentId } from '../../domain/ids/resident-id';
import type { PayMethod } from '../../domain/posting/content';

export const REGISTER_STEPS = ['consent', 'phone', 'name', 'work', 'pay', 'id', 'review'] as const;
export type RegisterStep = (typeof REGISTER_STEPS)[number];

/** Parts of the day a seeker taps instead of typing times. */
export const DAY_PARTS = {
  any: { from: '00:00', to: '23:59' },
  morning: { from: '06:00', to: '12:00' },
  afternoon: { from: '12:00', to: '18:00' },
  evening: { from: '18:00', to: '23:00' },
} as const;
export type DayPart = keyof typeof DAY_PARTS;

export interface RegistrationDraft {
  readonly noticeVersion: string;
  readonly phone: string;
  readonly name: string;
  readonly trades: readonly string[];
  readonly areas: readonly string[];
  readonly weekdays: readonly number[];
  readonly dayPart: DayPart;
  /** Yuan per day; null = not stated. */
  readonly dailyPay: number | null;
  readonly payMethod: PayMethod | null;
  readonly idNumber: string | null;
}

export interface RegisterPorts {
  /** Writes the Seeker record locally (it syncs from the outbox); returns its id. */
  save(draft: RegistrationDraft): Promise<string>;
}

export type RegisterProblem = 'consent' | 'phone' | 'name' | 'id' | 'save';

export interface RegisterContext {
  readonly today: string;
  readonly step: RegisterStep;
  readonly ticked: boolean;
  readonly phone: string;
  readonly name: string;
  readonly trades: readonly string[];
  readonly areas: readonly string[];
  readonly weekdays: readonly number[];
  readonly dayPart: DayPart;
  readonly dailyPay: number | null;
  readonly payMethod: PayMethod | null;
  readonly idNumber: string;
  readonly problem: RegisterProblem | null;
  readonly seekerId: string | null;
}

export type RegisterEvent =
  | { type: 'TICK'; ticked: boolean }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'EDIT'; step: RegisterStep }
  | { type: 'PHONE_DIGIT'; digit: string }
  | { type: 'PHONE_DELETE' }
  | { type: 'NAME'; name: string }
  | { type: 'TOGGLE_TRADE'; code: string }
  | { type: 'TOGGLE_AREA'; code: string }
  | { type: 'TOGGLE_DAY'; day: number }
  | { type: 'DAY_PART'; part: DayPart }
  | { type: 'PAY'; dailyPay: number | null }
  | { type: 'PAY_METHOD'; method: PayMethod | null }
  | { type: 'ID_KEY'; key: string }
  | { type: 'ID_DELETE' }
  | { type: 'SUBMIT' }
  | { type: 'RETRY' };

const toggle = <T>(list: readonly T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

/** What stops the seeker leaving `step`, if anything. */
export function problemAt(c: RegisterContext): RegisterProblem | null {
  switch (c.step) {
    case 'consent':
      return checkConsent({ ticked: c.ticked, version: currentNotice(c.today).version }, c.today) === 'ok'
        ? null
        : 'consent';
    case 'phone':
      return parsePhone(c.phone)?.kind === 'mobile' ? null : 'phone';
    case 'name':
      return /^[\u3400-\u9fff·]{2,10}$/u.test(c.name) ? null : 'name';
    case 'id':
      return c.idNumber === '' || parseResidentId(c.idNumber, c.today).ok ? null : 'id';
    default:
      return null;
  }
}

function draftOf(c: RegisterContext): RegistrationDraft {
  const id = c.idNumber === '' ? null : parseResidentId(c.idNumber, c.today);
  return {
    noticeVersion: currentNotice(c.today).version,
    phone: parsePhone(c.phone)?.normalized ?? c.phone,
    name: c.name,
    trades: c.trades,
    areas: c.areas,
    weekdays: c.weekdays,
    dayPart: c.dayPart,
    dailyPay: c.dailyPay,
    payMethod: c.payMethod,
    idNumber: id?.ok === true ? id.id.number : null,
  };
}

const stepAfter = (s: RegisterStep, by: 1 | -1): RegisterStep =>
  REGISTER_STEPS[Math.min(REGISTER_STEPS.length - 1, Math.max(0, REGISTER_STEPS.indexOf(s) + by))] ?? s;

export function createKioskRegisterMachine(ports: RegisterPorts) {
  return setup({
    types: {
      context: {} as RegisterContext,
      events: {} as RegisterEvent,
      input: {} as { today: string },
    },
    actors: {
      save: fromPromise(({ input }: { input: RegistrationDraft }) => ports.save(input)),
    },
  }).createMachine({
    id: 'kioskRegister',
    context: ({ input }) => ({
      today: input.today,
      step: 'consent',
      ticked: false,
      phone: '',
      name: '',
      trades: [],
      areas: [],
      weekdays: [],
      dayPart: 'any',
      dailyPay: null,
      payMethod: null,
      idNumber: '',
      problem: null,
      seekerId: null,
    }),
    initial: 'editing',
    states: {
      editing: {
        on: {
          TICK: { actions: assign({ ticked: ({ event }) => event.ticked, problem: null }) },
          NEXT: [
            {
              guard: ({ context }) => problemAt(context) !== null,
              actions: assign({ problem: ({ context }) => problemAt(context) }),
            },
            { actions: assign({ step: ({ context }) => stepAfter(context.step, 1), problem: null }) },
          ],
          BACK: { actions: assign({ step: ({ context }) => stepAfter(context.step, -1), problem: null }) },
          EDIT: { actions: assign({ step: ({ event }) => event.step, problem: null }) },
          PHONE_DIGIT: {
            guard: ({ context, event }) => /^\d$/.test(event.digit) && context.phone.length < 11,
            actions: assign({ phone: ({ context, event }) => context.phone + event.digit, problem: null }),
          },
          PHONE_DELETE: { actions: assign({ phone: ({ context }) => context.phone.slice(0, -1), problem: null }) },
          NAME: { actions: assign({ name: ({ event }) => event.name.slice(0, 10), problem: null }) },
          TOGGLE_TRADE: { actions: assign({ trades: ({ context, event }) => toggle(context.trades, event.code) }) },
          TOGGLE_AREA: { actions: assign({ areas: ({ context, event }) => toggle(context.areas, event.code) }) },
          TOGGLE_DAY: { actions: assign({ weekdays: ({ context, event }) => toggle(context.weekdays, event.day) }) },
          DAY_PART: { actions: assign({ dayPart: ({ event }) => event.part }) },
          PAY: { actions: assign({ dailyPay: ({ event }) => event.dailyPay }) },
          PAY_METHOD: { actions: assign({ payMethod: ({ event }) => event.method }) },
          ID_KEY: {
            guard: ({ context, event }) => /^[\dX]$/.test(event.key) && context.idNumber.length < 18,
            actions: assign({ idNumber: ({ context, event }) => context.idNumber + event.key, problem: null }),
          },
          ID_DELETE: { actions: assign({ idNumber: ({ context }) => context.idNumber.slice(0, -1), problem: null }) },
          SUBMIT: {
            guard: ({ context }) => context.step === 'review',
            target: 'saving',
          },
        },
      },
      saving: {
        invoke: {
          src: 'save',
          input: ({ context }) => draftOf(context),
          onDone: {
            target: 'receipt',
            // The receipt needs only the record's id: the typed details leave the context here.
            actions: assign({
              seekerId: ({ event }) => event.output,
              phone: '',
              name: '',
              idNumber: '',
              problem: null,
            }),
          },
          onError: { target: 'failed', actions: assign({ problem: 'save' }) },
        },
      },
      failed: { on: { RETRY: 'saving', BACK: { target: 'editing', actions: assign({ problem: null }) } } },
      receipt: { type: 'final' },
    },
  });
}
