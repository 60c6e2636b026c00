package app.praxis.admin;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Payment amounts of the appointments in one week (Monday to Sunday), by status, as in the figures. */
public record WeeklyRevenue(LocalDate weekStart, BigDecimal paid, BigDecimal pending, BigDecimal refunded) {}
