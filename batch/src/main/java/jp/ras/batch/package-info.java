/**
 * Jakarta Batch jobs of RAS (JSL in {@code META-INF/batch-jobs/}): Excel bulk filing, expiry reminders and
 * periodic-report sweeps arrive with their issues; this module is packaged in {@code WEB-INF/lib} of the Micro
 * WAR and in the EAR's {@code lib/}.
 */
package jp.ras.batch;
