/**
 * Issue 17: the applicant's public status page ({@code status.xhtml}, no login) and what it shares with the API's
 * {@code POST /api/v1/case-status}: the four languages (Japanese, English, simplified Chinese, Vietnamese) and the
 * texts of an answer.
 */
package jp.ras.interfaces.web.status;
