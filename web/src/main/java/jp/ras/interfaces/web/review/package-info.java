/**
 * The officers' review of residence applications (ST1–ST3, RC4–RC7, AP8): the queue per office, one application's
 * review page with its actions, its face photo, and the monthly processing times against the standard (ST2). One
 * thin {@code *Backing} per page over {@link jp.ras.application.OfficerApplicationService}.
 */
package jp.ras.interfaces.web.review;
