import { accept, type Converter, type Row } from '@keyfield/sync';
import { convertRecord } from '../../shared/convert-kit';
import { readInstant } from '../../shared/instant';
import { moneyColumns } from '../../shared/money-columns';
import { partyColumns } from '../../shared/party-columns';
import type { LandDealWire } from '../wire-types';
import { ggzyChange, platformColumns } from './ggzy-columns';
import { parcelColumns } from './land-parcel';
import { readPriceUnit } from './price-unit';

/** `DEAL_LAND_INFO` → `trading.land_deal` (土地出让成交结果), keyed `LAND_CODE`: a parcel is sold once. */
export const convertLandDeal: Converter<LandDealWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => f.required('LAND_CODE'),
    (f, key) => {
      const price = readPriceUnit(f);
      const change = ggzyChange(f, ctx, key);
      const row: Row = {
        ...parcelColumns(f),
        ...moneyColumns('deal_price', price.money(f.text('DEAL_PRICE'), 'DEAL_PRICE')),
        ...price.columns,
        ...partyColumns('buyer', f.text('LENDING_NAME'), f.text('LENDING_TYPE'), f.text('LENDING_CODE')),
        published_at: readInstant(f.text('PUBLISHING_TIME'), 'PUBLISHING_TIME'),
        ...platformColumns(f),
        ...change.columns,
      };
      return accept(row, key, change.operation);
    },
  );
