import { parseAmount } from '@keyfield/core';
import type { Row } from '@keyfield/sync';
import { FieldProblem, type FieldReader } from '../../shared/convert-kit';
import type { LandParcelWire } from '../wire-types';

/** 出让方式 of the land market. */
const MODES = new Set(['招标', '拍卖', '挂牌']);

function area(f: FieldReader<LandParcelWire>): string | null {
  const parsed = parseAmount(f.text('LAND_AREA'));
  if (parsed === null) return null;
  if (!parsed.ok || parsed.amount.startsWith('-')) throw new FieldProblem('LAND_AREA', parsed.ok ? '面积为负 — negative area' : parsed.reason);
  return parsed.amount;
}

/** The parcel columns shared by transfer notices and deals; the area in 平方米 as a decimal string. */
export function parcelColumns(parcel: FieldReader<LandParcelWire>): Row {
  const mode = parcel.text('TRANSFER_MODE');
  if (mode !== null && !MODES.has(mode)) throw new FieldProblem('TRANSFER_MODE', `未知出让方式 "${mode}" — expected 招标, 拍卖 or 挂牌`);
  return {
    land_code: parcel.required('LAND_CODE'),
    land_position: parcel.text('LAND_POSITION'),
    land_area: area(parcel),
    land_usage: parcel.text('LAND_USAGE'),
    lend_age_limit: parcel.text('LEND_AGE_LIMIT'),
    transfer_mode: mode,
  };
}
