/**
 * The lines of a government website's page that are not the report, kept when the page is saved
 * and turned into Word: the navigation and breadcrumb, the banner, the article's info line
 * (发布时间, 来源, 浏览次数, 【字体：大 中 小】) above the title, and the sharing, printing and
 * footer lines (主办单位, 网站标识码, ICP备…) below the signature. Read only outside the report's
 * parts, where a report's own text never says these words.
 */
export const PAGE_CHROME =
  /当前位置|首页\s*[>＞›»]|[>＞›»][^>＞›»]{1,12}[>＞›»]|欢迎访问|门户网站$|字体[:：]\s*[大中小]|发布时间[:：]|发布日期[:：]|浏览次数|点击[数量率次][:：]|来源[:：]|分享到|打印本页|关闭窗口|主办单位|承办单位|主办[:：]|承办[:：]|网站标识码|ICP备|公网安备|版权所有|技术支持/;
