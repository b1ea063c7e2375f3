// Errors the local store raises. Each carries a stable `code` for the screens
// and a message in Chinese first, English beside, for the person at the terminal.
import type { RecordTable } from '../../domain/records/registry';

export class DeviceMismatchError extends Error {
  readonly code = 'device_mismatch';
  constructor(
    readonly storedDeviceId: string,
    readonly givenDeviceId: string,
  ) {
    super(
      `本机数据库属于另一台设备 (${storedDeviceId})，不能以 ${givenDeviceId} 写入 / ` +
        `this local database belongs to device ${storedDeviceId}, not ${givenDeviceId}`,
    );
  }
}

export class InvalidDeviceIdError extends Error {
  readonly code = 'invalid_device_id';
  constructor(readonly deviceId: string) {
    super(`设备编号须为 UUIDv7 / the device id must be a UUIDv7: ${deviceId}`);
  }
}

export class RecordNotFoundError extends Error {
  readonly code = 'record_not_found';
  constructor(
    readonly table: RecordTable,
    readonly id: string,
  ) {
    super(`找不到记录 / no ${table} record with id ${id}`);
  }
}

export class ImmutableRecordError extends Error {
  readonly code = 'immutable_record';
  constructor(
    readonly table: RecordTable,
    readonly id: string,
  ) {
    super(`排队票和票事件写入后不能修改或删除 / ${table} are append-only: ${id} already exists`);
  }
}

export class RemoteChangeError extends Error {
  readonly code = 'invalid_remote_change';
  constructor(
    readonly index: number,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(
      `服务器发来的第 ${index + 1} 条变更无效，本页未应用 / remote change #${index + 1} is invalid, ` +
        `the page was not applied: ${detail}`,
      options,
    );
  }
}

export class EpochMismatchError extends Error {
  readonly code = 'epoch_mismatch';
  constructor(
    readonly storedEpoch: string,
    readonly pageEpoch: string,
  ) {
    super(
      `服务器数据纪元已变 (${storedEpoch} → ${pageEpoch})，须先重置同步位置 / ` +
        `the server epoch changed from ${storedEpoch} to ${pageEpoch}: reset the cursor before applying`,
    );
  }
}

export class AckOutOfRangeError extends Error {
  readonly code = 'ack_out_of_range';
  constructor(
    readonly acknowledged: number,
    readonly lastIssued: number,
  ) {
    super(
      `服务器确认了本机未发出的变更 #${acknowledged} (本机最后一条为 #${lastIssued}) / ` +
        `the server acknowledged mutation #${acknowledged} but this device has only issued up to #${lastIssued}`,
    );
  }
}

export class MetaCorruptError extends Error {
  readonly code = 'meta_corrupt';
  constructor(
    readonly key: string,
    detail: string,
  ) {
    super(`本机设置项 ${key} 已损坏 / local meta entry ${key} is corrupt: ${detail}`);
  }
}
