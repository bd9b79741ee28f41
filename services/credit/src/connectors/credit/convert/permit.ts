import { accept, reject, type Conversion, type ConvertContext, type Converter, type Row } from '@keyfield/sync';
import type { PermitCsvRecord } from '../wire-types';
import { authorityRegion } from './authority-region';
import { convertRecord } from './convert-record';
import type { FieldReader } from './field-reader';
import { fileDayInstant } from './file-day';
import { permitStatus } from './permit-status';
import { provenance } from './provenance';
import { readSubject, subjectColumns } from './subject';

type Fields = FieldReader<PermitCsvRecord>;

/** What was permitted, when and for how long. 有效期至 `2099/12/31` means long-term (长期). */
function permitColumns(f: Fields): Row {
  const validTo = f.validityEnd('有效期至');
  return {
    document_title: f.text('行政许可决定文书名称'),
    kind: f.text('许可类别'),
    certificate_name: f.text('许可证书名称'),
    permit_number: f.text('许可编号'),
    content: f.text('许可内容'),
    decision_date: f.requiredDate('许可决定日期'),
    valid_from: f.date('有效期自'),
    valid_to: validTo.date,
    valid_long_term: validTo.longTerm,
    status: permitStatus(f.text('当前状态')),
    data_source_name: f.text('数据来源单位'),
    data_source_code: f.text('数据来源单位统一社会信用代码'),
    remark: f.text('备注'),
  };
}

function convertFrom(fileName: string, record: PermitCsvRecord, ctx: ConvertContext): Conversion {
  return convertRecord(
    record,
    (f) => `${f.required('许可机关统一社会信用代码')}|${f.required('行政许可决定文书号')}`,
    (f, key) => {
      const authorityCode = f.required('许可机关统一社会信用代码');
      // A registration number in the USCC column stays there, flagged: the table has no reg_number.
      const subject = readSubject(
        f,
        { name: '行政相对人名称', category: '行政相对人类别', uscc: '统一社会信用代码', legalRep: '法定代表人' },
        { hasRegNumberColumn: false },
      );
      const change = provenance({
        ctx,
        key,
        // A CSV record has no SJC: the file's day stands for it.
        changedAt: fileDayInstant(fileName) ?? ctx.fetchedAt,
        operationField: '操作类型',
        operation: f.text('操作类型'),
        disclosure: f.text('公开属性'),
      });
      const row: Row = {
        document_number: f.required('行政许可决定文书号'),
        authority_code: authorityCode,
        authority_name: f.required('许可机关'),
        ...subjectColumns(subject),
        ...permitColumns(f),
        region_code: authorityRegion(authorityCode),
        file_name: fileName,
        ...change.columns,
      };
      return accept(row, key, change.operation);
    },
  );
}

/** One record of a permit file `/credit/files/xzxk/<name>` → `credit.permit` (行政许可). */
export const convertPermit: Converter<PermitCsvRecord> = (record, ctx) =>
  ctx.fileName === undefined
    ? reject('convert', '缺少文件名 — permits come from files: the context must name the file')
    : convertFrom(ctx.fileName, record, ctx);
