/**
 * The columns of the compulsory-education school table (义务教育数据列): each column's Chinese and
 * English headers, contract field, cell type, unit, example and meaning, and how a header as written
 * is matched to its column (NFKC-normalised, spaces dropped, case ignored).
 * @module
 */
import { AREA, PERSONS, type SheetColumn, sheetColumn } from './sheet-column.js';

/**
 * How the cells of a column are read (单元格类型): plain text, a school kind, an ownership, a
 * stage, a count, an area (m²), money (yuan), or a `;`-separated list of areas or counts.
 *
 * @category Input
 * @example
 * ```ts
 * const type: CompulsoryCsvColumnType = 'area-list'; // 音乐专用教室面积: 96;100
 * ```
 */
export type CompulsoryCsvColumnType =
  | 'text'
  | 'kind'
  | 'ownership'
  | 'stage'
  | 'count'
  | 'area'
  | 'money'
  | 'area-list'
  | 'count-list';

/**
 * One column of the compulsory-education table (数据列), in CSV and spreadsheets alike: its
 * Chinese and English headers, the contract field it fills, whether it is required, its unit, an
 * example value, and what it means.
 *
 * @category Input
 * @example
 * ```ts
 * const column: CompulsoryCsvColumn = COMPULSORY_CSV_COLUMNS[0]; // 学校代码 / school id → id
 * ```
 */
export interface CompulsoryCsvColumn extends SheetColumn<CompulsoryCsvColumnType> {}

const col = sheetColumn<CompulsoryCsvColumnType>;

/**
 * Every column of the compulsory-education table (义务教育数据列), in template order. One row is
 * one school section (学段); rows with the same 学校代码 are one school. Only 学校代码, 学校名称,
 * 学校类型, 办学性质, 学段, 在校生数 and 班级数 are required; an empty optional cell means "not
 * reported" (the indicators needing it are then unknown).
 *
 * @category Input
 * @example
 * ```ts
 * COMPULSORY_CSV_COLUMNS.map((c) => c.zh); //=> ['学校代码', '学校名称', '学校类型', …]
 * ```
 */
export const COMPULSORY_CSV_COLUMNS: readonly CompulsoryCsvColumn[] = [
  col(
    '学校代码',
    'school id',
    'id',
    'text',
    true,
    null,
    's01',
    '学校唯一编号；同一学校的多个学段填同一代码',
    'unique school id; every section of a school repeats it',
  ),
  col('学校名称', 'school name', 'name', 'text', true, null, '城关小学', '学校名称', 'name of the school'),
  col(
    '学校类型',
    'school kind',
    'kind',
    'kind',
    true,
    null,
    '九年一贯制',
    '小学、初中、九年一贯制、十二年一贯制、完全中学、教学点、特殊教育学校',
    'primary, junior, nine-year, twelve-year, complete-secondary, teaching-point, special-education',
  ),
  col(
    '办学性质',
    'ownership',
    'ownership',
    'ownership',
    true,
    null,
    '公办',
    '公办 或 民办',
    'public or private',
  ),
  col(
    '乡镇',
    'township',
    'township',
    'text',
    false,
    null,
    '城关镇',
    '所在乡镇（可空）',
    'township (optional)',
  ),
  col(
    '学段',
    'stage',
    'stage',
    'stage',
    true,
    null,
    '小学',
    '本行数据所属学段：小学 或 初中',
    'the section this row reports: primary or junior',
  ),
  col(
    '在校生数',
    'pupils',
    'sections.<stage>.pupils',
    'count',
    true,
    PERSONS,
    '812',
    '本学段在校生数',
    'pupils of the section',
  ),
  col(
    '班级数',
    'classes',
    'sections.<stage>.classes',
    'count',
    true,
    { zh: '个', en: 'classes' },
    '18',
    '本学段班级数',
    'classes of the section',
  ),
  col(
    '各班人数',
    'class sizes',
    'sections.<stage>.classSizes',
    'count-list',
    false,
    PERSONS,
    '45;44;46',
    '每班人数，用分号分隔，如 45;44;46',
    'pupils in each class, separated by semicolons, e.g. 45;44;46',
  ),
  col(
    '专任教师数',
    'full-time teachers',
    'sections.<stage>.teachers.fullTime',
    'count',
    false,
    PERSONS,
    '48',
    '专任教师数',
    'full-time teachers',
  ),
  col(
    '高于规定学历教师数',
    'teachers above required qualification',
    'sections.<stage>.teachers.aboveRequiredQualification',
    'count',
    false,
    PERSONS,
    '40',
    '高于规定学历的专任教师数',
    'full-time teachers above the required qualification',
  ),
  col(
    '县级以上骨干教师数',
    'key teachers county or above',
    'sections.<stage>.teachers.keyCountyOrAbove',
    'count',
    false,
    PERSONS,
    '6',
    '县级及以上骨干教师数',
    'key teachers recognised at county level or above',
  ),
  col(
    '体育教师数',
    'pe teachers',
    'sections.<stage>.teachers.pe',
    'count',
    false,
    PERSONS,
    '3',
    '体育专任教师数',
    'full-time PE teachers',
  ),
  col(
    '音乐教师数',
    'music teachers',
    'sections.<stage>.teachers.music',
    'count',
    false,
    PERSONS,
    '2',
    '音乐专任教师数',
    'full-time music teachers',
  ),
  col(
    '美术教师数',
    'art teachers',
    'sections.<stage>.teachers.art',
    'count',
    false,
    PERSONS,
    '2',
    '美术专任教师数',
    'full-time art teachers',
  ),
  col(
    '中级及以上职称教师数',
    'senior title teachers',
    'sections.<stage>.teachers.seniorTitle',
    'count',
    false,
    PERSONS,
    '30',
    '具有中级及以上专业技术职务的教师数（基本均衡 2012）',
    'teachers with an intermediate or higher title (basic balance 2012)',
  ),
  col(
    '持证教师数',
    'certified teachers',
    'sections.<stage>.teachers.certified',
    'count',
    false,
    PERSONS,
    '47',
    '持有教师资格证的教师数',
    'teachers holding a teacher certificate',
  ),
  col(
    '教学及辅助用房面积',
    'teaching auxiliary area',
    'sections.<stage>.stock.teachingAuxiliaryArea',
    'area',
    false,
    AREA,
    '3900.5',
    '教学及辅助用房面积，平方米',
    'teaching and auxiliary rooms, m²',
  ),
  col(
    '体育运动场馆面积',
    'sports area',
    'sections.<stage>.stock.sportsArea',
    'area',
    false,
    AREA,
    '6500',
    '体育运动场馆面积，平方米',
    'sports grounds and halls, m²',
  ),
  col(
    '教学仪器设备值(元)',
    'equipment value (yuan)',
    'sections.<stage>.stock.equipmentValue',
    'money',
    false,
    { zh: '元', en: 'yuan' },
    '1800000',
    '教学仪器设备值，元',
    'value of teaching equipment, yuan',
  ),
  col(
    '网络多媒体教室数',
    'multimedia classrooms',
    'sections.<stage>.stock.multimediaClassrooms',
    'count',
    false,
    { zh: '间', en: 'rooms' },
    '18',
    '网络多媒体教室间数',
    'networked multimedia classrooms',
  ),
  col(
    '计算机台数',
    'computers',
    'sections.<stage>.stock.computers',
    'count',
    false,
    { zh: '台', en: 'computers' },
    '60',
    '教学用计算机台数（基本均衡 2012）',
    'computers for teaching (basic balance 2012)',
  ),
  col(
    '图书册数',
    'books',
    'sections.<stage>.stock.books',
    'count',
    false,
    { zh: '册', en: 'books' },
    '20000',
    '图书册数（基本均衡 2012）',
    'library books (basic balance 2012)',
  ),
  col(
    '音乐专用教室面积',
    'music room areas',
    'sections.<stage>.stock.musicRooms',
    'area-list',
    false,
    AREA,
    '96;100',
    '每间音乐专用教室面积，平方米，用分号分隔，如 96;100',
    'area of each music room, m², separated by semicolons, e.g. 96;100',
  ),
  col(
    '美术专用教室面积',
    'art room areas',
    'sections.<stage>.stock.artRooms',
    'area-list',
    false,
    AREA,
    '90',
    '每间美术专用教室面积，平方米，用分号分隔',
    'area of each art room, m², separated by semicolons',
  ),
  col(
    '高中在校生数',
    'senior pupils',
    'seniorPupils',
    'count',
    false,
    PERSONS,
    '600',
    '高中在校生数（十二年一贯制必填，完全中学可填）；同校各行一致',
    'senior pupils (twelve-year schools; complete secondary schools may fill it); the same on every row of a school',
  ),
];

/**
 * A header as compared: Unicode-compatibility normalised (full-width brackets and letters, as
 * Chinese spreadsheets write them, become their ASCII forms), without spaces, in lower case. So
 * `教学仪器设备值（元）`, `教学仪器设备值 (元)` and `教学仪器设备值(元)` name one column.
 *
 * @param text - the header as written
 * @returns the key it is compared by
 * @example
 * ```ts
 * headerKey('教学仪器设备值（元）') === headerKey('教学仪器设备值 (元)'); //=> true
 * headerKey('School ID'); //=> 'schoolid'
 * ```
 */
export function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
