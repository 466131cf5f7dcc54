/**
 * The issue ledger (整改台账) of the sample city (示例数据, synthetic): what the provincial process
 * supervision of May 2025 (省级过程督导) and the municipal return visit of November 2025 (市级回访
 * 督导) found in the three counties, item by item and school by school, and what happened to each
 * issue up to the demo date: measures, progress, rectification with evidence, the return visit's
 * recheck of every earlier issue (复查: verified, rejected, found again and reopened, or still under
 * way), verification, close-out, deadline extensions, one withdrawn in each of two counties.
 *
 * Each issue is a topic (what is wrong, who answers for it, what is done about it) applied to a
 * school, kindergarten or the county, with a fate that decides its history. Dates inside a history
 * are drawn by a seeded generator within the fate's window, never after the demo date, and the
 * events of all issues are merged in date order. Pure data: nothing here imports a schema.
 * @module
 */
import { dateOfDayNumber, dayNumber } from '../ledger/calendar.js';
import type { Evidence, Issue, LedgerDocument, LedgerEvent, RecheckOutcome } from '../schema/ledger.js';
import { COUNTY_CODES } from './compulsory-plans.js';
import { createRandom, type Random } from './random.js';

/** The demo date (报告日期) of the sample: after the return visit, before the provincial assessment. */
export const SAMPLE_AS_OF = '2026-03-31';

/** Ids of the sample's inspections (督导活动编号). */
export const INSPECTION_IDS = {
  process: 'SL-2025-05-process',
  returnVisit: 'SL-2025-11-return',
  spotCheck: 'SL-2026-03-spot',
  assessment: 'SL-2026-05-assessment',
} as const;

const PROVINCIAL_RAISED = '2025-05-28';
const MUNICIPAL_RAISED = '2025-11-28';
const RETURN_VISIT = { start: '2025-11-10', end: '2025-11-21' } as const;
const RETURN_TEAM = '示例市回访督导组';
/** The day the return visit rechecked each county's unfinished work (within its dates). */
const VISIT_DAY: Readonly<Record<keyof typeof COUNTY_CODES, string>> = {
  donghu: '2025-11-12',
  xishan: '2025-11-14',
  nanchuan: '2025-11-19',
};
const CITY_OFFICE = '示例市人民政府教育督导室';

type Programme = Issue['programme'];
type Unit =
  | '教育局'
  | '财政局'
  | '人社局'
  | '编办'
  | '自然资源局'
  | '住建局'
  | '发展改革局'
  | '市场监管局'
  | '公安局';
type Target = 'school' | 'kindergarten' | 'county';

/** What is wrong and what is done about it: one kind of issue. */
interface Topic {
  readonly programme: Programme;
  readonly category: string;
  readonly indicator?: string;
  readonly target: Target;
  readonly commonality: Issue['commonality'];
  readonly severity: Issue['severity'];
  readonly mode: Issue['mode'];
  /** The problem; `where` is the school or kindergarten name (with its stage), or the county's. */
  readonly describe: (where: string) => string;
  /** Responsible units, lead first. */
  readonly units: readonly Unit[];
  readonly measures: readonly string[];
  readonly progress: string;
  readonly evidence: readonly string[];
  /** Why a check found it not done, or found it again. */
  readonly relapse: string;
}

const TOPICS = {
  teachingArea: {
    programme: 'compulsory-quality',
    category: 'resource-allocation',
    indicator: 'teaching-area-per-pupil',
    target: 'school',
    commonality: 'individual',
    severity: 'major',
    mode: 'deadline',
    describe: (w) => `${w}生均教学及辅助用房面积低于国家标准`,
    units: ['教育局', '发展改革局', '住建局'],
    measures: ['实施校舍改扩建工程，新建教学综合楼一栋', '将闲置的教师周转房改造为功能教室'],
    progress: '综合楼主体工程已封顶，正在内部装修',
    evidence: ['工程竣工验收备案表', '校舍面积测绘报告'],
    relapse: '新建综合楼尚未交付使用，生均面积仍未达标',
  },
  sportsArea: {
    programme: 'compulsory-quality',
    category: 'resource-allocation',
    indicator: 'sports-area-per-pupil',
    target: 'school',
    commonality: 'individual',
    severity: 'major',
    mode: 'deadline',
    describe: (w) => `${w}生均体育运动场馆面积低于国家标准`,
    units: ['教育局', '自然资源局', '住建局', '财政局'],
    measures: ['征用学校东侧地块扩建运动场', '建设风雨操场，错时开放周边公共体育设施'],
    progress: '扩建用地已完成征收，运动场正在施工',
    evidence: ['用地批复文件', '运动场竣工验收资料'],
    relapse: '运动场扩建未完工，生均面积仍低于标准',
  },
  equipment: {
    programme: 'compulsory-quality',
    category: 'resource-allocation',
    indicator: 'equipment-value-per-pupil',
    target: 'school',
    commonality: 'individual',
    severity: 'minor',
    mode: 'deadline',
    describe: (w) => `${w}生均教学仪器设备值低于国家标准`,
    units: ['教育局', '财政局'],
    measures: ['追加装备经费，采购理化生实验室和功能室设备'],
    progress: '设备采购已完成招标',
    evidence: ['政府采购合同', '固定资产登记表'],
    relapse: '部分设备未到货，资产尚未入账',
  },
  multimedia: {
    programme: 'compulsory-quality',
    category: 'resource-allocation',
    indicator: 'multimedia-rooms-per-100',
    target: 'school',
    commonality: 'individual',
    severity: 'minor',
    mode: 'deadline',
    describe: (w) => `${w}网络多媒体教室数量不足`,
    units: ['教育局', '财政局'],
    measures: ['为普通教室配备交互式多媒体设备并接入校园网'],
    progress: '设备已安装调试，正在组织教师培训',
    evidence: ['设备验收单', '网络接入测试报告'],
    relapse: '现场核查发现部分教室设备未接入网络',
  },
  qualifiedTeachers: {
    programme: 'compulsory-quality',
    category: 'teachers',
    indicator: 'qualified-teachers-per-100',
    target: 'school',
    commonality: 'individual',
    severity: 'major',
    mode: 'deadline',
    describe: (w) => `${w}高于规定学历的教师数不足`,
    units: ['教育局', '人社局', '编办'],
    measures: ['通过公开招聘补充本科学历教师', '支持在职教师参加学历提升'],
    progress: '招聘计划已经编办、人社局核准，笔试已结束',
    evidence: ['招聘公告和聘用名册', '学历提升在读证明'],
    relapse: '新聘教师尚未到岗，比例仍未达标',
  },
  keyTeachers: {
    programme: 'compulsory-quality',
    category: 'teachers',
    indicator: 'key-teachers-per-100',
    target: 'school',
    commonality: 'individual',
    severity: 'minor',
    mode: 'deadline',
    describe: (w) => `${w}县级以上骨干教师数不足`,
    units: ['教育局'],
    measures: ['开展县级骨干教师评选，安排城区骨干教师交流到校任教'],
    progress: '骨干教师评选已完成初评',
    evidence: ['骨干教师认定文件', '交流教师名单'],
    relapse: '交流的骨干教师人事关系未转入，不能计入',
  },
  peArtTeachers: {
    programme: 'compulsory-quality',
    category: 'teachers',
    indicator: 'pe-art-teachers-per-100',
    target: 'school',
    commonality: 'individual',
    severity: 'major',
    mode: 'deadline',
    describe: (w) => `${w}体育、音乐、美术专任教师不足`,
    units: ['教育局', '编办', '人社局'],
    measures: ['通过特岗计划和公开招聘补充音体美教师', '推行音体美教师走教'],
    progress: '已招聘音体美教师，待新学期到岗',
    evidence: ['教师聘用花名册', '走教安排表'],
    relapse: '走教教师未计入本校专任教师，缺口仍在',
  },
  musicRoom: {
    programme: 'compulsory-quality',
    category: 'government-guarantee',
    indicator: 'music-room-area',
    target: 'school',
    commonality: 'individual',
    severity: 'minor',
    mode: 'deadline',
    describe: (w) => `${w}音乐专用教室面积不足96平方米`,
    units: ['教育局', '财政局'],
    measures: ['将两间普通教室打通改造为标准音乐教室'],
    progress: '改造工程已开工',
    evidence: ['改造工程验收资料', '专用教室面积测量表'],
    relapse: '改造后面积仍不足96平方米',
  },
  largeClasses: {
    programme: 'compulsory-quality',
    category: 'large-classes',
    indicator: 'class-size',
    target: 'school',
    commonality: 'individual',
    severity: 'major',
    mode: 'deadline',
    describe: (w) => `${w}存在超过国家标准的大班额`,
    units: ['教育局'],
    measures: ['调整招生计划，分流新生，增设教学班'],
    progress: '已制定分班方案，新学期执行',
    evidence: ['分班名册', '招生计划调整文件'],
    relapse: '回访发现新学期插班生增加，大班额反弹',
  },
  uncertified: {
    programme: 'compulsory-quality',
    category: 'teachers',
    indicator: 'certified-teachers',
    target: 'school',
    commonality: 'individual',
    severity: 'major',
    mode: 'deadline',
    describe: (w) => `${w}有专任教师未取得教师资格证`,
    units: ['教育局', '人社局'],
    measures: ['组织未持证教师参加教师资格考试，未通过者调离教学岗位'],
    progress: '相关教师已报名参加教师资格考试',
    evidence: ['教师资格证复印件', '岗位调整文件'],
    relapse: '仍有教师未取得资格证',
  },
  charter: {
    programme: 'compulsory-quality',
    category: 'school-management',
    indicator: 'school-charter-it',
    target: 'school',
    commonality: 'individual',
    severity: 'minor',
    mode: 'immediate',
    describe: (w) => `${w}学校章程未按规定修订`,
    units: ['教育局'],
    measures: ['修订学校章程，经教职工代表大会审议后报教育局核准'],
    progress: '章程修订稿已提交教代会审议',
    evidence: ['核准后的学校章程'],
    relapse: '章程未报教育局核准',
  },
  curriculum: {
    programme: 'compulsory-quality',
    category: 'education-quality',
    indicator: 'curriculum',
    target: 'school',
    commonality: 'individual',
    severity: 'minor',
    mode: 'immediate',
    describe: (w) => `${w}音乐、美术课程未开齐开足`,
    units: ['教育局'],
    measures: ['调整课程表，安排中心校教师走教'],
    progress: '新课程表已执行',
    evidence: ['调整后的课程表', '走教记录'],
    relapse: '课程表与实际授课不符',
  },
  safety: {
    programme: 'compulsory-quality',
    category: 'campus-safety',
    target: 'school',
    commonality: 'individual',
    severity: 'major',
    mode: 'immediate',
    describe: (w) => `${w}存在校园安全隐患（消防通道堆放杂物、围墙破损）`,
    units: ['教育局', '住建局'],
    measures: ['立即清理消防通道，修复围墙'],
    progress: '隐患已清理，围墙修复中',
    evidence: ['整改前后照片', '安全检查记录'],
    relapse: '消防通道再次堆放杂物',
  },
  homework: {
    programme: 'compulsory-quality',
    category: 'education-quality',
    indicator: 'no-overload',
    target: 'school',
    commonality: 'individual',
    severity: 'minor',
    mode: 'immediate',
    describe: (w) => `${w}部分年级书面作业总量超过规定`,
    units: ['教育局'],
    measures: ['建立作业公示和年级统筹制度'],
    progress: '作业公示制度已建立',
    evidence: ['作业公示记录', '学生问卷结果'],
    relapse: '抽查发现作业量仍超标',
  },
  teacherExchange: {
    programme: 'compulsory-quality',
    category: 'government-guarantee',
    indicator: 'teacher-exchange',
    target: 'county',
    commonality: 'common',
    severity: 'major',
    mode: 'deadline',
    describe: (w) => `${w}义务教育学校教师交流轮岗比例低于10%`,
    units: ['教育局', '人社局', '编办'],
    measures: ['制定教师交流轮岗实施办法，新学年按比例安排交流', '将交流经历与职称评聘挂钩'],
    progress: '交流轮岗实施办法已印发',
    evidence: ['交流轮岗实施办法', '交流教师名单'],
    relapse: '交流人数未达应交流人数的10%',
  },
  specialFunding: {
    programme: 'compulsory-quality',
    category: 'government-guarantee',
    indicator: 'special-education-funding',
    target: 'county',
    commonality: 'common',
    severity: 'major',
    mode: 'deadline',
    describe: (w) => `${w}特殊教育学校生均公用经费低于6000元`,
    units: ['财政局', '教育局'],
    measures: ['调整预算，将特殊教育学校生均公用经费提高到6000元以上'],
    progress: '预算调整方案已报区政府常务会',
    evidence: ['预算批复文件', '拨款凭证'],
    relapse: '追加经费未拨付到位',
  },
  unfilledPosts: {
    programme: 'compulsory-quality',
    category: 'teachers',
    indicator: 'unfilled-posts',
    target: 'county',
    commonality: 'common',
    severity: 'major',
    mode: 'long-term',
    describe: (w) => `${w}存在"有编不补"、长期聘用编外教师现象`,
    units: ['编办', '人社局', '教育局', '财政局'],
    measures: ['核查空编和编外用人情况，制定分年补充计划', '建立编制动态调整机制'],
    progress: '已完成空编核查，2026年招聘计划已报批',
    evidence: ['空编核查报告', '教师补充计划'],
    relapse: '编外教师仍在岗',
  },
  variation: {
    programme: 'compulsory-quality',
    category: 'variation',
    indicator: 'sports-area-per-pupil',
    target: 'county',
    commonality: 'common',
    severity: 'major',
    mode: 'long-term',
    describe: (w) => `${w}体育运动场馆面积校际差异系数超过标准`,
    units: ['教育局', '自然资源局', '财政局'],
    measures: ['优先安排城区学校运动场地扩建项目', '推动城区学校与公共体育场馆共建共享'],
    progress: '城区两所学校运动场扩建项目已立项',
    evidence: ['项目立项批复', '差异系数测算表'],
    relapse: '差异系数仍超标',
  },
  nearbyEnrolment: {
    programme: 'compulsory-quality',
    category: 'government-guarantee',
    indicator: 'nearby-enrolment-junior',
    target: 'county',
    commonality: 'common',
    severity: 'minor',
    mode: 'deadline',
    describe: (w) => `${w}城区公办初中就近划片入学比例低于95%`,
    units: ['教育局'],
    measures: ['重新划定初中学区，取消跨片区招生'],
    progress: '学区划分方案已公示',
    evidence: ['学区划分方案', '新生入学名册'],
    relapse: '仍有跨片区录取',
  },
  teacherPay: {
    programme: 'compulsory-quality',
    category: 'government-guarantee',
    indicator: 'teacher-pay',
    target: 'county',
    commonality: 'common',
    severity: 'major',
    mode: 'deadline',
    describe: (w) => `${w}教师绩效工资未及时足额发放`,
    units: ['财政局', '人社局', '教育局'],
    measures: ['将教师绩效工资纳入财政预算，按月足额发放'],
    progress: '已补发上半年绩效工资',
    evidence: ['工资发放明细', '预算文件'],
    relapse: '奖励性绩效工资仍有拖欠',
  },
  trainingFunds: {
    programme: 'compulsory-quality',
    category: 'education-quality',
    indicator: 'training-funds',
    target: 'county',
    commonality: 'common',
    severity: 'minor',
    mode: 'deadline',
    describe: (w) => `${w}部分学校教师培训经费未达到公用经费预算的5%`,
    units: ['财政局', '教育局'],
    measures: ['督促学校按公用经费的5%安排教师培训经费'],
    progress: '已下发通知并纳入年度预算审核',
    evidence: ['学校预算表', '培训经费支出明细'],
    relapse: '部分学校培训经费仍不足5%',
  },
  smallSchoolFunding: {
    programme: 'compulsory-quality',
    category: 'government-guarantee',
    indicator: 'small-school-funding',
    target: 'county',
    commonality: 'common',
    severity: 'minor',
    mode: 'deadline',
    describe: (w) => `${w}不足100人的村小学和教学点未按100人核定公用经费`,
    units: ['财政局', '教育局'],
    measures: ['修订公用经费拨付办法，小规模学校按100人核定'],
    progress: '拨付办法修订稿已征求意见',
    evidence: ['公用经费拨付文件'],
    relapse: '新办法尚未执行',
  },
  publicShare: {
    programme: 'preschool',
    category: 'access',
    indicator: 'public-share',
    target: 'county',
    commonality: 'common',
    severity: 'major',
    mode: 'long-term',
    describe: (w) => `${w}公办园在园幼儿占比低于50%`,
    units: ['教育局', '编办', '财政局', '自然资源局', '住建局'],
    measures: ['新建、改扩建公办幼儿园3所', '回收小区配套园办成公办园'],
    progress: '两所新建公办园已开工',
    evidence: ['项目建设批复', '新增公办学位统计'],
    relapse: '新增学位未投入使用',
  },
  estate: {
    programme: 'preschool',
    category: 'government-guarantee',
    indicator: 'estate-kindergartens',
    target: 'county',
    commonality: 'common',
    severity: 'major',
    mode: 'deadline',
    describe: (w) => `${w}部分小区配套幼儿园未按规定移交教育部门`,
    units: ['住建局', '自然资源局', '教育局'],
    measures: ['开展小区配套园专项治理，限期移交'],
    progress: '已移交2所，其余正在办理手续',
    evidence: ['移交协议', '办园许可证'],
    relapse: '仍有配套园未移交',
  },
  grossEnrolment: {
    programme: 'preschool',
    category: 'access',
    indicator: 'gross-enrolment',
    target: 'county',
    commonality: 'common',
    severity: 'major',
    mode: 'long-term',
    describe: (w) => `${w}学前三年毛入园率低于85%`,
    units: ['教育局', '发展改革局', '财政局'],
    measures: ['在人口集中的乡镇新增学位，推进村级幼儿园建设'],
    progress: '新增学位项目已纳入年度计划',
    evidence: ['学位供给规划', '入园统计表'],
    relapse: '入园率仍未达标',
  },
  kgTeacherPay: {
    programme: 'preschool',
    category: 'government-guarantee',
    indicator: 'non-established-teacher-pay',
    target: 'county',
    commonality: 'common',
    severity: 'minor',
    mode: 'deadline',
    describe: (w) => `${w}公办园非在编教师工资待遇偏低`,
    units: ['财政局', '人社局', '教育局'],
    measures: ['提高公办园非在编教师工资，纳入财政保障'],
    progress: '工资调整方案已报批',
    evidence: ['工资调整文件', '工资发放明细'],
    relapse: '调整后的工资未发放',
  },
  kgFees: {
    programme: 'preschool',
    category: 'government-guarantee',
    indicator: 'reasonable-fees',
    target: 'county',
    commonality: 'common',
    severity: 'minor',
    mode: 'deadline',
    describe: (w) => `${w}部分民办园收费项目未备案`,
    units: ['发展改革局', '市场监管局', '教育局'],
    measures: ['开展民办园收费专项检查，规范收费项目'],
    progress: '专项检查已启动',
    evidence: ['收费检查报告'],
    relapse: '仍有未备案收费',
  },
  kgClassSize: {
    programme: 'preschool',
    category: 'class-size',
    indicator: 'classes-within-size',
    target: 'kindergarten',
    commonality: 'individual',
    severity: 'minor',
    mode: 'immediate',
    describe: (w) => `${w}部分班级幼儿数超过规定班额`,
    units: ['教育局'],
    measures: ['控制招生规模，调整班级'],
    progress: '已调整班级',
    evidence: ['班级幼儿名册'],
    relapse: '插班后班额再次超标',
  },
  kgCertified: {
    programme: 'preschool',
    category: 'teachers',
    indicator: 'certified-teachers',
    target: 'kindergarten',
    commonality: 'individual',
    severity: 'major',
    mode: 'deadline',
    describe: (w) => `${w}有专任教师未取得教师资格证`,
    units: ['教育局'],
    measures: ['责令限期取证，未取证人员调离保教岗位'],
    progress: '相关教师已报名资格考试',
    evidence: ['教师资格证复印件'],
    relapse: '仍有教师未取证',
  },
  kgPremises: {
    programme: 'preschool',
    category: 'premises',
    indicator: 'building-area-per-child',
    target: 'kindergarten',
    commonality: 'individual',
    severity: 'minor',
    mode: 'long-term',
    describe: (w) => `${w}园舍建筑面积和户外场地生均面积不足`,
    units: ['教育局', '住建局'],
    measures: ['控制招生规模，结合旧园改造扩建园舍'],
    progress: '改扩建项目已列入计划',
    evidence: ['改扩建项目批复'],
    relapse: '面积仍不足',
  },
  primarySchooling: {
    programme: 'preschool',
    category: 'care-quality',
    indicator: 'no-primary-schooling',
    target: 'kindergarten',
    commonality: 'individual',
    severity: 'major',
    mode: 'immediate',
    describe: (w) => `${w}存在使用小学教材、布置书面作业的"小学化"现象`,
    units: ['教育局', '市场监管局'],
    measures: ['收回小学教材，组织保教人员专题培训'],
    progress: '教材已收回，培训已完成',
    evidence: ['专项检查记录', '培训签到表'],
    relapse: '再次发现"小学化"教学',
  },
  kgSafety: {
    programme: 'preschool',
    category: 'campus-safety',
    target: 'kindergarten',
    commonality: 'individual',
    severity: 'major',
    mode: 'immediate',
    describe: (w) => `${w}视频监控未全覆盖，门卫未配备安保器材`,
    units: ['教育局', '公安局'],
    measures: ['补装视频监控，配齐安保人员和器材'],
    progress: '监控安装中',
    evidence: ['监控验收单', '安保器材登记表'],
    relapse: '监控仍有盲区',
  },
} as const satisfies Record<string, Topic>;

type TopicKey = keyof typeof TOPICS;

/**
 * What happens to an issue. Provincial fates (issue raised after the May 2025 supervision):
 * `closed`, `verified` (checked at the return visit), `late-closed` (rectified after its
 * deadline), `rectified` (reported in 2026, not yet checked), `overdue` (still in progress after
 * its deadline), `extended-done`, `extended-open`, `extended-overdue`, `failed-overdue`,
 * `failed-rerectified` (the return visit rejected the rectification), `reopened-verified`,
 * `reopened-extended`, `reopened-overdue` (closed, found again at the return visit), `long-term`
 * (长期坚持, in progress), `withdrawn`. Municipal fates (raised after the return visit): `m-open`,
 * `m-progress`, `m-rectified`, `m-verified`, `m-closed`, `m-overdue`.
 */
type Fate =
  | 'closed'
  | 'verified'
  | 'late-closed'
  | 'rectified'
  | 'overdue'
  | 'extended-done'
  | 'extended-open'
  | 'extended-overdue'
  | 'failed-overdue'
  | 'failed-rerectified'
  | 'reopened-verified'
  | 'reopened-extended'
  | 'reopened-overdue'
  | 'long-term'
  | 'withdrawn'
  | 'm-open'
  | 'm-progress'
  | 'm-rectified'
  | 'm-verified'
  | 'm-closed'
  | 'm-overdue';

/** One issue of the sample: a topic, where (a school or kindergarten id, or the county) and its fate. */
type IssueRow = readonly [
  topic: TopicKey,
  fate: Fate,
  where?: string | undefined,
  stage?: 'primary' | 'junior',
];

/**
 * Names of the sample's schools and kindergartens by id, and of its counties by code: the ledger
 * describes issues in words.
 *
 * @category Sample data
 * @example
 * ```ts
 * const names: SampleNames = {
 *   institutions: new Map([['DH09', '东湖县实验学校']]),
 *   counties: new Map([['990101', '东湖县']]),
 *   combined: new Set(['DH09']),
 * };
 * ```
 */
export interface SampleNames {
  /** School or kindergarten name by id. */
  readonly institutions: ReadonlyMap<string, string>;
  /** County name by code. */
  readonly counties: ReadonlyMap<string, string>;
  /** Schools with two sections (nine-year schools): their issues name the section. */
  readonly combined: ReadonlySet<string>;
}

const ROWS: Readonly<
  Record<
    keyof typeof COUNTY_CODES,
    { prefix: string; provincial: readonly IssueRow[]; municipal: readonly IssueRow[] }
  >
> = {
  donghu: {
    prefix: 'DH',
    provincial: [
      ['sportsArea', 'closed', 'DH09', 'junior'],
      ['teachingArea', 'closed', 'DH01', 'primary'],
      ['equipment', 'closed', 'DH19', 'junior'],
      ['peArtTeachers', 'closed', 'DH27', 'primary'],
      ['largeClasses', 'reopened-verified', 'DH05', 'primary'],
      ['musicRoom', 'closed', 'DH13'],
      ['charter', 'closed', 'DH24'],
      ['teacherExchange', 'late-closed'],
      ['qualifiedTeachers', 'verified', 'DH28', 'primary'],
      ['curriculum', 'closed', 'DH30'],
      ['kgClassSize', 'closed', 'DK06'],
      ['kgPremises', 'long-term', 'DK09'],
      ['primarySchooling', 'closed', 'DK23'],
      ['musicRoom', 'withdrawn', 'DH13'],
    ],
    municipal: [
      ['multimedia', 'm-verified', 'DH25', 'primary'],
      ['safety', 'm-closed', 'DH31'],
      ['kgSafety', 'm-rectified', 'DK22'],
      ['keyTeachers', 'm-progress', 'DH29', 'primary'],
      ['trainingFunds', 'm-rectified'],
      ['homework', 'm-closed', 'DH02'],
    ],
  },
  xishan: {
    prefix: 'XS',
    provincial: [
      ['teachingArea', 'extended-open', 'XS01', 'primary'],
      ['sportsArea', 'failed-rerectified', 'XS01', 'primary'],
      ['sportsArea', 'extended-overdue', 'XS02', 'primary'],
      ['teachingArea', 'extended-done', 'XS07', 'junior'],
      ['multimedia', 'failed-overdue', 'XS07', 'junior'],
      ['variation', 'long-term', undefined, 'primary'],
      ['trainingFunds', 'closed'],
      ['largeClasses', 'closed', 'XS06', 'junior'],
      ['equipment', 'closed', 'XS18', 'junior'],
      ['peArtTeachers', 'closed', 'XS26', 'primary'],
      ['qualifiedTeachers', 'verified', 'XS29', 'primary'],
      ['uncertified', 'closed', 'XS34'],
      ['publicShare', 'long-term'],
      ['estate', 'extended-done'],
      ['kgClassSize', 'reopened-extended', 'XK12'],
      ['primarySchooling', 'closed', 'XK25'],
      ['teacherPay', 'late-closed'],
      ['curriculum', 'closed', 'XS30'],
    ],
    municipal: [
      ['largeClasses', 'm-verified', 'XS09', 'junior'],
      ['musicRoom', 'm-rectified', 'XS15'],
      ['keyTeachers', 'm-open', 'XS23', 'primary'],
      ['kgPremises', 'm-progress', 'XK04'],
      ['kgSafety', 'm-overdue', 'XK28'],
      ['safety', 'm-closed', 'XS10'],
      ['kgTeacherPay', 'm-rectified'],
      ['charter', 'm-closed', 'XS35'],
      ['homework', 'm-verified', 'XS04'],
    ],
  },
  nanchuan: {
    prefix: 'NC',
    provincial: [
      ['teachingArea', 'extended-open', 'NC03', 'primary'],
      ['sportsArea', 'extended-overdue', 'NC03', 'primary'],
      ['largeClasses', 'failed-overdue', 'NC03', 'primary'],
      ['sportsArea', 'rectified', 'NC05', 'junior'],
      ['largeClasses', 'reopened-overdue', 'NC05', 'junior'],
      ['equipment', 'extended-done', 'NC05', 'junior'],
      ['qualifiedTeachers', 'failed-rerectified', 'NC12', 'primary'],
      ['musicRoom', 'late-closed', 'NC12'],
      ['peArtTeachers', 'extended-overdue', 'NC17', 'junior'],
      ['keyTeachers', 'rectified', 'NC17', 'junior'],
      ['peArtTeachers', 'verified', 'NC24', 'primary'],
      ['teacherExchange', 'overdue'],
      ['specialFunding', 'rectified'],
      ['unfilledPosts', 'long-term'],
      ['uncertified', 'rectified', 'NC13'],
      ['nearbyEnrolment', 'extended-open'],
      ['grossEnrolment', 'long-term'],
      ['kgCertified', 'overdue', 'NK17'],
      ['teacherExchange', 'withdrawn'],
      ['curriculum', 'closed', 'NC25'],
      ['equipment', 'closed', 'NC21', 'primary'],
      ['homework', 'closed', 'NC31'],
      ['kgSafety', 'closed', 'NK09'],
      ['multimedia', 'verified', 'NC19', 'primary'],
    ],
    municipal: [
      ['safety', 'm-closed', 'NC20'],
      ['kgCertified', 'm-overdue', 'NK18'],
      ['kgClassSize', 'm-verified', 'NK11'],
      ['homework', 'm-verified', 'NC01'],
      ['charter', 'm-rectified', 'NC29'],
      ['smallSchoolFunding', 'm-overdue'],
      ['kgFees', 'm-open'],
      ['multimedia', 'm-open', 'NC15', 'junior'],
      ['trainingFunds', 'm-rectified'],
    ],
  },
};

const STAGE_ZH = { primary: '（小学部）', junior: '（初中部）' } as const;

function shift(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

// A history under construction: every event is dated on or after the previous one.
interface History {
  readonly events: LedgerEvent[];
  /** A day drawn from `from` to `to`, never before the previous event. */
  day(from: string, to: string): string;
  measure(date: string, index?: number): void;
  progress(date: string): void;
  rectify(date: string): void;
  pass(date: string, by: string): void;
  close(date: string): void;
  extend(date: string, deadline: string, reason: string): void;
  withdraw(date: string, reason: string): void;
  /** A recheck by the municipal return visit (复查), with what it found. */
  recheck(date: string, outcome: RecheckOutcome, finding: string): void;
}

function historyOf(id: string, topic: Topic, random: Random, raised: string): History {
  const events: LedgerEvent[] = [];
  let last = raised;
  const at = (date: string): string => {
    last = later(last, date);
    return last;
  };
  return {
    events,
    day: (from, to) => at(shift(from, random.int(0, Math.max(0, dayNumber(to) - dayNumber(from))))),
    measure: (date, index = 0) => {
      const text = topic.measures[index % topic.measures.length] as string;
      events.push({ type: 'measure-added', at: at(date), issueId: id, text });
    },
    progress: (date) => {
      events.push({ type: 'progress-reported', at: at(date), issueId: id, text: topic.progress });
    },
    rectify: (date) => {
      const evidence: Evidence[] = topic.evidence.map((title, i) => ({
        title,
        ref: `${id}/${String(i + 1).padStart(2, '0')}.pdf`,
      }));
      events.push({ type: 'rectification-reported', at: at(date), issueId: id, evidence });
    },
    pass: (date, by) => {
      events.push({ type: 'verification-passed', at: at(date), issueId: id, by });
    },
    close: (date) => {
      events.push({ type: 'issue-closed', at: at(date), issueId: id, by: CITY_OFFICE });
    },
    extend: (date, deadline, reason) => {
      events.push({ type: 'deadline-extended', at: at(date), issueId: id, deadline, reason });
    },
    withdraw: (date, reason) => {
      events.push({ type: 'issue-withdrawn', at: at(date), issueId: id, reason });
    },
    recheck: (date, outcome, finding) => {
      events.push({
        type: 'issue-rechecked',
        at: at(date),
        issueId: id,
        inspection: INSPECTION_IDS.returnVisit,
        outcome,
        finding,
        evidence: [{ title: '回访核查记录', ref: `${id}/recheck.pdf` }],
        by: RETURN_TEAM,
      });
    },
  };
}

/** What the return visit found on an issue it did not see fixed: the topic's progress, unfinished. */
function unfinished(topic: Topic): string {
  return `${topic.progress}，尚未整改到位`;
}

// The deadline first set, by source, mode and fate.
function deadlineOf(source: 'provincial' | 'municipal', mode: Issue['mode'], fate: Fate): string {
  if (source === 'municipal') {
    if (fate === 'm-closed') return '2025-12-31';
    if (fate === 'm-verified' || mode === 'immediate') return '2026-01-31';
    if (fate === 'm-overdue') return '2026-02-28';
    return mode === 'long-term' ? '2026-12-31' : '2026-06-30';
  }
  if (mode === 'long-term' || fate === 'long-term') return '2026-12-31';
  if (mode === 'immediate' || fate.startsWith('reopened')) return '2025-06-30';
  if (fate === 'late-closed') return '2025-08-31';
  if (fate === 'closed' || fate === 'verified') return '2025-10-31';
  return '2025-12-31';
}

/**
 * Plays a fate. The municipal return visit (November 2025) rechecks every provincial issue that
 * was not withdrawn, except those to be kept up over the long term (长期坚持): a reported
 * rectification it finds done is verified (已整改), one it finds unfinished goes back to work
 * (基本整改 or 未整改), a closed issue found again is reopened (未整改), and work still under way is
 * recorded as basically rectified or not rectified. `visitDay` is the day the visit rechecked the
 * county's unfinished work (a fixed day, so the seeded dates of the other events stay as they were).
 */
function play(h: History, topic: Topic, fate: Fate, deadline: string, visitDay: string): void {
  const returnVisit = (): string => h.day(RETURN_VISIT.start, RETURN_VISIT.end);
  const confirmed = '现场核查，整改到位';
  switch (fate) {
    case 'closed':
    case 'verified':
      h.measure(h.day('2025-06-03', '2025-06-20'));
      if (deadline > '2025-07-31') h.progress(h.day('2025-07-15', '2025-08-31'));
      h.rectify(h.day(shift(deadline, -40), shift(deadline, -3)));
      h.recheck(returnVisit(), 'rectified', confirmed);
      if (fate === 'closed') h.close(h.day('2025-12-08', '2025-12-19'));
      return;
    case 'late-closed':
      h.measure(h.day('2025-06-05', '2025-06-25'));
      h.progress(h.day('2025-08-01', '2025-08-25'));
      h.rectify(h.day('2025-09-20', '2025-10-20'));
      h.recheck(returnVisit(), 'rectified', confirmed);
      h.close(h.day('2025-12-08', '2025-12-19'));
      return;
    case 'rectified':
      h.measure(h.day('2025-06-05', '2025-06-30'));
      h.progress(h.day('2025-09-01', '2025-10-15'));
      h.recheck(visitDay, 'basically-rectified', unfinished(topic));
      h.progress(h.day('2025-12-01', '2025-12-20'));
      h.rectify(h.day('2026-02-20', '2026-03-20'));
      return;
    case 'overdue':
      h.measure(h.day('2025-06-05', '2025-06-30'));
      h.progress(h.day('2025-09-01', '2025-10-31'));
      h.recheck(visitDay, 'not-rectified', unfinished(topic));
      h.progress(h.day('2026-01-05', '2026-02-27'));
      return;
    case 'extended-done':
    case 'extended-open':
    case 'extended-overdue': {
      h.measure(h.day('2025-06-05', '2025-06-30'));
      h.progress(h.day('2025-09-01', '2025-10-31'));
      h.recheck(
        visitDay,
        fate === 'extended-done' ? 'basically-rectified' : 'not-rectified',
        unfinished(topic),
      );
      const extended =
        fate === 'extended-open' ? '2026-06-30' : fate === 'extended-done' ? '2026-03-31' : '2026-02-28';
      h.extend(h.day('2025-12-01', '2025-12-20'), extended, '工程建设周期较长，经市教育督导室同意延期');
      if (fate === 'extended-done') {
        h.rectify(h.day('2026-02-20', '2026-03-10'));
        h.pass(h.day('2026-03-16', '2026-03-27'), CITY_OFFICE);
      } else h.progress(h.day('2026-01-10', '2026-02-20'));
      return;
    }
    case 'failed-overdue':
    case 'failed-rerectified':
      h.measure(h.day('2025-06-05', '2025-06-30'));
      h.rectify(h.day('2025-10-08', '2025-10-31'));
      // Rejected: largely done (基本整改) where it was rectified later, not done where it was not.
      h.recheck(
        returnVisit(),
        fate === 'failed-rerectified' ? 'basically-rectified' : 'not-rectified',
        topic.relapse,
      );
      h.measure(h.day('2025-11-25', '2025-12-10'), 1);
      if (fate === 'failed-rerectified') h.rectify(h.day('2026-01-15', '2026-02-28'));
      else h.progress(h.day('2026-01-05', '2026-02-27'));
      return;
    case 'reopened-verified':
    case 'reopened-extended':
    case 'reopened-overdue':
      h.measure(h.day('2025-06-01', '2025-06-10'));
      h.rectify(h.day('2025-06-15', '2025-06-28'));
      h.pass(h.day('2025-07-08', '2025-07-18'), CITY_OFFICE);
      h.close(h.day('2025-07-25', '2025-08-08'));
      h.recheck(returnVisit(), 'not-rectified', topic.relapse);
      h.measure(h.day('2025-11-24', '2025-12-05'));
      if (fate === 'reopened-verified') {
        h.rectify(h.day('2026-01-05', '2026-01-20'));
        h.pass(h.day('2026-03-09', '2026-03-20'), CITY_OFFICE);
      } else if (fate === 'reopened-extended') {
        h.extend(
          h.day('2025-12-08', '2025-12-19'),
          '2026-07-31',
          '需待新学年招生计划调整后消除，经市教育督导室同意延期',
        );
        h.progress(h.day('2026-02-23', '2026-03-13'));
      } else h.progress(h.day('2026-01-05', '2026-02-27'));
      return;
    case 'long-term':
      h.measure(h.day('2025-06-05', '2025-06-30'));
      h.measure(h.day('2025-07-01', '2025-07-31'), 1);
      h.progress(h.day('2025-09-15', '2025-10-31'));
      h.progress(h.day('2026-01-10', '2026-03-20'));
      return;
    case 'withdrawn':
      h.withdraw(h.day('2025-06-10', '2025-06-20'), '与本次督导反馈的另一问题重复，合并整改');
      return;
    case 'm-open':
      return;
    case 'm-progress':
      h.measure(h.day('2025-12-05', '2025-12-25'));
      h.progress(h.day('2026-02-20', '2026-03-20'));
      return;
    case 'm-rectified':
      h.measure(h.day('2025-12-01', '2025-12-15'));
      h.rectify(h.day('2026-02-02', '2026-03-13'));
      return;
    case 'm-verified':
      h.measure(h.day('2025-12-01', '2025-12-10'));
      h.rectify(h.day('2026-01-05', '2026-01-23'));
      h.pass(h.day('2026-03-02', '2026-03-13'), CITY_OFFICE);
      return;
    case 'm-closed':
      h.measure(h.day('2025-12-01', '2025-12-05'));
      h.rectify(h.day('2025-12-08', '2025-12-19'));
      h.pass(h.day('2026-01-12', '2026-01-23'), CITY_OFFICE);
      h.close(h.day('2026-02-02', '2026-02-13'));
      return;
    case 'm-overdue':
      h.measure(h.day('2025-12-08', '2026-01-09'));
      return;
  }
}

function scopeOf(topic: Topic, where: string | undefined, lead: Unit): Issue['scope'] {
  if (topic.target === 'county' || where === undefined) {
    return topic.commonality === 'common' && topic.target === 'county' && lead !== '教育局'
      ? { kind: 'department', unit: lead }
      : { kind: 'county' };
  }
  return topic.target === 'school'
    ? { kind: 'school', schoolId: where }
    : { kind: 'kindergarten', kindergartenId: where };
}

/**
 * Builds the sample's ledger document: every issue raised by the provincial process supervision
 * and the municipal return visit, with its history up to {@link SAMPLE_AS_OF}, in date order.
 * Deterministic.
 *
 * @category Sample data
 * @param names - names of the schools, kindergartens and counties, for the descriptions
 * @returns a ledger document in the shape of [data contract, section 3](../../docs/data-contract.md#3-issue-ledger)
 * @example
 * ```ts
 * buildLedger(names).events[0]?.type; //=> 'issue-raised'
 * ```
 */
export function buildLedger(names: SampleNames): LedgerDocument {
  const random = createRandom(20250528);
  const histories: LedgerEvent[][] = [];
  for (const [key, county] of Object.entries(ROWS) as [
    keyof typeof COUNTY_CODES,
    (typeof ROWS)['donghu'],
  ][]) {
    const code = COUNTY_CODES[key];
    const countyName = names.counties.get(code) ?? code;
    for (const source of ['provincial', 'municipal'] as const) {
      const rows = source === 'provincial' ? county.provincial : county.municipal;
      rows.forEach(([topicKey, fate, where, stage], i) => {
        const topic: Topic = TOPICS[topicKey];
        const id = `${county.prefix}-${source === 'provincial' ? '2505' : '2511'}-${String(i + 1).padStart(2, '0')}`;
        const raised = source === 'provincial' ? PROVINCIAL_RAISED : MUNICIPAL_RAISED;
        const lead = topic.units[0] as Unit;
        const place =
          where === undefined
            ? stage === undefined
              ? countyName
              : `${countyName}${stage === 'primary' ? '小学' : '初中'}`
            : `${names.institutions.get(where) ?? where}${stage !== undefined && names.combined.has(where) ? STAGE_ZH[stage] : ''}`;
        const deadline = deadlineOf(source, topic.mode, fate);
        const issue: Issue = {
          id,
          county: code,
          programme: topic.programme,
          source:
            source === 'provincial'
              ? { inspection: INSPECTION_IDS.process, level: 'provincial' }
              : { inspection: INSPECTION_IDS.returnVisit, level: 'municipal' },
          category: topic.category,
          scope: scopeOf(topic, where, lead),
          commonality: topic.commonality,
          ...(topic.indicator === undefined ? {} : { indicator: topic.indicator }),
          ...(topic.target === 'kindergarten'
            ? { stage: 'kindergarten' as const }
            : stage === undefined
              ? {}
              : { stage }),
          description: topic.describe(place),
          severity: topic.severity,
          mode: fate === 'long-term' ? 'long-term' : topic.mode,
          deadline,
          responsible: topic.units.map((unit, u) => (u === 0 ? { unit, lead: true } : { unit })),
        };
        const history = historyOf(id, topic, random, raised);
        history.events.push({ type: 'issue-raised', at: raised, issue });
        play(history, topic, fate, deadline, VISIT_DAY[key]);
        histories.push(history.events);
      });
    }
  }
  // One ledger in date order; within a day, the order of the histories (a stable sort).
  const events = histories.flat().sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { schemaVersion: 1, events };
}
