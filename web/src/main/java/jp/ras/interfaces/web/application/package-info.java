/**
 * The public tier's residence application pages: filing an extension with its face photo (AP1–AP9, RC1, RC2, RN1),
 * the application list paged in the database (ST1) and one application with its status history and the receipt
 * method change (RC3). One thin {@code *Backing} bean per page over {@code ResidenceApplicationService}; rule
 * violations are shown on their fields (AP9).
 */
package jp.ras.interfaces.web.application;
