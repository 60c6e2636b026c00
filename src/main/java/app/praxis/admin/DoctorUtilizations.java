package app.praxis.admin;

import java.util.List;

/**
 * Utilization per doctor as the chart shows it: the busiest and the least busy doctors (every doctor while there
 * are few), busiest first, and the sums of the doctors between them ({@link OtherDoctors#doctors()} 0: none).
 */
public record DoctorUtilizations(List<DoctorUtilization> shown, OtherDoctors others) {}
