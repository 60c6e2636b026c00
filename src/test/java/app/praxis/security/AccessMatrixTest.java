package app.praxis.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Who may call what: every public method of every @Service, called as anonymous, a patient, a doctor and an admin
 * (signed in as real accounts), and whether the call gets past the role check (method security, or the service's
 * own "who is calling" check) or is refused by it. The expected outcome of each method is one line of
 * {@link #EXPECTED}; a service method without a line fails the test, so nobody adds one without deciding who may
 * call it. Which patient's or doctor's data a caller reaches is the ownership checks' job, proven per service
 * (other people's ids in HostileInputTest and the services' own tests).
 *
 * <p>Each line: {@code Service.method(ParameterTypes)} = four characters for anonymous, patient, doctor, admin:
 * {@code y} gets past the check, {@code -} is refused. Arguments are harmless placeholders (id 0, empty text,
 * null objects), so calls that pass the check end in "not found" or "invalid input" and change nothing.
 */
@IntegrationTest
class AccessMatrixTest {

    static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            // internal to the user feature's account pages (one-time links); no caller of its own
            entry("AccountLinks.issue(long,LinkPurpose,Duration,String)", "yyyy"),
            entry("AccountLinks.peek(String,Set)", "yyyy"),
            entry("AccountLinks.redeem(String,Set)", "yyyy"),
            entry("AccountLinks.retireAll(long)", "yyyy"),
            entry("AccountService.awaitsFirstPassword(long)", "---y"),
            entry("AccountService.changePassword(String,String)", "-yyy"),
            // anonymous flows: registration, confirmation links, forgotten password (the token is the proof)
            entry("AccountService.checkNewPatient(NewAccount)", "yyyy"),
            entry("AccountService.checkPasswordLink(String)", "yyyy"),
            entry("AccountService.closeMyAccount(String)", "-y--"),
            entry("AccountService.confirmEmail(String)", "yyyy"),
            entry("AccountService.exportMyData()", "-y--"),
            entry("AccountService.requestEmailChange(String,String)", "-yyy"),
            entry("AccountService.requestPasswordReset(String)", "yyyy"),
            entry("AccountService.resendSetPasswordLink(long)", "---y"),
            entry("AccountService.setPasswordWithLink(String,String)", "yyyy"),
            entry("AccountService.signUpPatient(NewAccount)", "yyyy"),
            entry("DoctorDirectory.bookability(long)", "-yyy"),
            entry("DoctorDirectory.nextFreeSlots(Collection,int)", "-yyy"),
            entry("DoctorProfileService.myProfile()", "--y-"),
            entry("DoctorProfileService.profileOfUser(long)", "---y"),
            entry("DoctorProfileService.setCredentials(long,String,Long)", "---y"),
            entry("DoctorProfileService.update(long,DoctorProfileChange)", "--yy"),
            entry("DoctorService.createDoctor(NewDoctor,String)", "---y"),
            entry("DoctorService.emailsOnPatientChanges()", "--y-"),
            entry("DoctorService.setEmailsOnPatientChanges(boolean)", "--y-"),
            entry("PatientProfileService.myProfile()", "-y--"),
            entry("PatientProfileService.profileOfUser(long)", "---y"),
            entry("PatientProfileService.update(long,PatientProfileChange)", "-y-y"),
            // the public registration form
            entry("PatientService.checkSignUp(NewAccount)", "yyyy"),
            entry("PatientService.signUp(NewAccount)", "yyyy"),
            entry("PracticeTimeOffService.cancelUpcoming(long,Collection,String)", "---y"),
            entry("PracticeTimeOffService.upcomingOf(long)", "---y"),
            entry("ProfilePhotos.file(String)", "-yyy"),
            // the upload limit: no data
            entry("ProfilePhotos.maxBytes()", "yyyy"),
            entry("ProfilePhotos.remove(long)", "-yyy"),
            entry("ProfilePhotos.replace(long,String,byte[])", "-yyy"),
            // the signed-in person's own photo, none for anonymous
            entry("ProfilePhotos.signedInPhoto()", "yyyy"),
            entry("ReminderService.remindersOn()", "-y--"),
            // the scheduled job (every node runs it); no caller of its own
            entry("ReminderService.sendDue()", "yyyy"),
            entry("ReminderService.setRemindersOn(boolean)", "-y--"),
            entry("ReviewService.allReviews(int,int)", "---y"),
            entry("ReviewService.countAll()", "---y"),
            entry("ReviewService.edit(long,Integer,String)", "-y--"),
            entry("ReviewService.hide(long,String)", "---y"),
            entry("ReviewService.latestOf(long,int)", "-yyy"),
            entry("ReviewService.myReviews(int,int)", "--y-"),
            entry("ReviewService.ofAppointments(Collection)", "-yyy"),
            entry("ReviewService.submit(long,Integer,String)", "-y--"),
            entry("SentMailService.count(Status,String)", "---y"),
            entry("SentMailService.details(long)", "---y"),
            entry("SentMailService.retry(long)", "---y"),
            entry("SentMailService.search(Status,String,int,int)", "---y"),
            // internal to booking and the waitlist (the conditional updates); no caller of its own
            entry("SlotReservations.hold(long,long,Instant)", "yyyy"),
            entry("SlotReservations.releaseHold(long,long)", "yyyy"),
            entry("SlotReservations.reserve(BookableSlot,long)", "yyyy"),
            entry("TimeOffService.changeTimeOff(long,long,NewTimeOff)", "--yy"),
            entry("UserAdminService.deactivate(long,FutureAppointments,Collection,String)", "---y"),
            entry("UserAdminService.upcomingAppointments(long)", "---y"),
            // pure checks of typed details
            entry("UserProfiles.problems(PersonalDetails,boolean)", "yyyy"),
            entry("UserProfiles.toE164(String)", "yyyy"),
            // internal: the caller's transaction (MANDATORY); the account's owner or an admin checked inside
            entry("UserProfiles.update(long,PersonalDetails,boolean)", "yyyy"),
            entry("UserProfiles.updateBio(long,String)", "yyyy"),
            entry("UserService.createStaffAccount(NewAccount,Role,String)", "---y"),
            entry("UserService.staffAccountProblems(NewAccount,Role)", "---y"),
            entry("WaitlistService.accept(long)", "-y--"),
            entry("WaitlistService.decline(long)", "-y--"),
            entry("WaitlistService.join(NewWaitlistEntry)", "-y--"),
            entry("WaitlistService.leave(long)", "-y--"),
            entry("WaitlistService.mine()", "-y--"),
            // the scheduled job (every node runs it); no caller of its own
            entry("WaitlistService.offerDue()", "yyyy"),
            entry("AppointmentService.appointmentsInSlots(long,LocalDate,LocalDate)", "--yy"),
            entry("AppointmentService.calendarFile(long)", "-yyy"),
            entry("AppointmentService.count(AppointmentFilter)", "---y"),
            entry("AppointmentService.doctorAgenda()", "--y-"),
            entry("AppointmentService.exportCsv(AppointmentFilter,Sort,OutputStream)", "---y"),
            entry("AppointmentService.haveMet(long,long)", "-yy-"),
            entry("AppointmentService.history(long)", "-yyy"),
            entry("AppointmentService.metDoctor(long)", "-y--"),
            entry("AppointmentService.myAppointments()", "-y--"),
            entry("AppointmentService.outcomeDue(AppointmentRow)", "yyyy"),
            entry("AppointmentService.patientMayChange(AppointmentRow)", "yyyy"),
            entry("AppointmentService.patientRecord(long)", "--yy"),
            entry("AppointmentService.practiceMayCancel(AppointmentRow)", "yyyy"),
            entry("AppointmentService.recordOutcome(long,AppointmentStatus)", "--yy"),
            entry("AppointmentService.search(AppointmentFilter,Pageable)", "---y"),
            entry("AuditLogService.count(AuditQuery)", "---y"),
            entry("AuditLogService.exportCsv(AuditQuery,OutputStream)", "---y"),
            entry("AuditLogService.search(AuditQuery,long,int)", "---y"),
            entry("AuditTrail.openingsOfMyRecord()", "-y--"),
            // internal: needs the caller's transaction (MANDATORY), refuses without one
            entry("AuditTrail.record(AuditAction,Long,String,Long)", "yyyy"),
            entry("AvailabilityPreview.bookableSlots(long)", "--yy"),
            entry("AvailabilityPreview.check(long,LocalDateTime)", "--yy"),
            entry("AvailabilityService.addSlots(long,NewSlots)", "--yy"),
            entry("AvailabilityService.calendar(long,LocalDate,LocalDate)", "--yy"),
            entry("AvailabilityService.deleteSlot(long,long)", "--yy"),
            entry("AvailabilityService.moveSlot(long,long,SlotTimes)", "--yy"),
            entry("AvailabilityService.saveWeeklyHours(long,WeeklyHours)", "--yy"),
            entry("AvailabilityService.weeklyHours(long)", "--yy"),
            entry("BookingService.book(long,String)", "-y--"),
            entry("BookingService.cancel(long,String)", "-yyy"),
            entry("BookingService.reasonMaxLength()", "yyyy"),
            entry("BookingService.reschedule(long,long,String)", "-yyy"),
            entry("ChatService.chatWithDoctor(long)", "-y--"),
            entry("ChatService.chatWithPatient(long)", "--y-"),
            entry("ChatService.conversation(long)", "-yy-"),
            entry("ChatService.inbox(boolean)", "-yy-"),
            entry("ChatService.lastReadOfMine(long)", "-yy-"),
            entry("ChatService.markRead(long)", "-yy-"),
            entry("ChatService.newerMessages(long,long)", "-yy-"),
            entry("ChatService.olderMessages(long,long)", "-yy-"),
            entry("ChatService.send(long,String)", "-yy-"),
            entry("ChatService.unreadTotal()", "-yy-"),
            entry("DashboardService.dashboard(DashboardFilter)", "---y"),
            entry("DashboardService.exportCsv(DashboardFilter,OutputStream)", "---y"),
            entry("DashboardService.figures(DashboardFilter)", "---y"),
            entry("DashboardService.today()", "---y"),
            entry("DoctorDirectory.count(DirectoryQuery)", "-yyy"),
            entry("DoctorDirectory.freeSlots(long)", "-yyy"),
            entry("DoctorDirectory.profile(long)", "-yyy"),
            entry("DoctorDirectory.search(DirectoryQuery,Pageable)", "-yyy"),
            entry("DoctorService.allDoctors()", "---y"),
            entry("DoctorService.createDoctor(NewDoctor)", "---y"),
            entry("DoctorService.signedInDoctorId()", "yyyy"),
            entry("DoctorService.specializations()", "yyyy"),
            // anyone may register, as a patient
            entry("PatientService.register(NewAccount)", "yyyy"),
            entry("PaymentService.count(PaymentFilter)", "---y"),
            entry("PaymentService.creditNote(long)", "-yyy"),
            entry("PaymentService.currency()", "yyyy"),
            entry("PaymentService.draft(long)", "--yy"),
            entry("PaymentService.exportCsv(PaymentFilter)", "---y"),
            entry("PaymentService.format(BigDecimal)", "yyyy"),
            entry("PaymentService.history(long)", "-yyy"),
            entry("PaymentService.mayRecord(PaymentDetails)", "yyyy"),
            entry("PaymentService.mayRefund(PaymentDetails,boolean)", "yyyy"),
            entry("PaymentService.payment(long)", "-yyy"),
            entry("PaymentService.payments(Collection)", "-yyy"),
            entry("PaymentService.receipt(long)", "-yyy"),
            entry("PaymentService.recordDeclinedCard(long)", "--yy"),
            entry("PaymentService.recordPayment(long,NewPayment)", "--yy"),
            entry("PaymentService.refund(long,RefundRequest)", "--yy"),
            entry("PaymentService.search(PaymentFilter,Pageable)", "---y"),
            entry("PaymentService.totals(PaymentFilter)", "---y"),
            entry("PracticeTimeOffService.cancelAppointmentsAndAddTimeOff(long,NewTimeOff,Collection,String)", "--yy"),
            // internal to booking (the conditional update); no caller of its own
            entry("SlotReservations.find(long)", "yyyy"),
            // internal to booking (the conditional update); no caller of its own
            entry("SlotReservations.freeSlots(long,LocalDateTime,LocalDate)", "yyyy"),
            // internal to booking (the conditional update); no caller of its own
            entry("SlotReservations.release(long)", "yyyy"),
            // internal to booking (the conditional update); no caller of its own
            entry("SlotReservations.reserve(BookableSlot)", "yyyy"),
            entry("SpecializationService.add(SpecializationForm)", "---y"),
            entry("SpecializationService.delete(long)", "---y"),
            entry("SpecializationService.list()", "---y"),
            entry("SpecializationService.update(long,SpecializationForm)", "---y"),
            entry("TimeOffService.addTimeOff(long,NewTimeOff)", "--yy"),
            entry("TimeOffService.bookedSlotsIn(long,LocalDateTime,LocalDateTime)", "--yy"),
            entry("TimeOffService.deleteTimeOff(long,long)", "--yy"),
            // the sign-in lookup itself
            entry("UserAccountDetailsService.loadUserByUsername(String)", "yyyy"),
            entry("UserAdminService.count(UserQuery)", "---y"),
            entry("UserAdminService.exportCsv(UserQuery,UserSort,boolean,OutputStream)", "---y"),
            entry("UserAdminService.search(UserQuery,UserSort,boolean,long,int)", "---y"),
            entry("UserAdminService.setActive(long,boolean)", "---y"),
            entry("UserService.createStaffAccount(NewAccount,Role)", "---y"),
            entry("UserService.findAccount(long)", "-yyy"),
            // anyone may register, as a patient
            entry("UserService.registerPatientAccount(NewAccount)", "yyyy"),
            entry("UserService.setActive(long,boolean)", "---y")));

    @Autowired
    ApplicationContext context;

    @Autowired
    BookingFixture fixture;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyServiceMethodAdmitsExactlyTheRolesTheTableSays() {
        DoctorSummary doctor = fixture.doctor("Matrix");
        PatientSummary patient = fixture.quickPatient("Matrix");
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 3); // they have met: chats are allowed
        var observed = new TreeMap<String, String>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("app.praxis")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                var row = new StringBuilder();
                for (String caller : new String[] {"anonymous", Roles.PATIENT, Roles.DOCTOR, Roles.ADMIN}) {
                    switch (caller) {
                        case Roles.PATIENT -> SignIn.as(patient.userId(), Roles.PATIENT);
                        case Roles.DOCTOR -> SignIn.as(doctor.userId(), Roles.DOCTOR);
                        case Roles.ADMIN -> SignIn.as(1, Roles.ADMIN);
                        default -> SignIn.out();
                    }
                    row.append(passesTheCheck(bean, method, doctor, patient) ? 'y' : '-');
                    SignIn.out();
                }
                observed.put(key(type, method), row.toString());
            }
        }
        var missing = new ArrayList<String>();
        observed.forEach((method, row) -> {
            if (!EXPECTED.containsKey(method)) {
                missing.add("\"" + method + "\", \"" + row + "\"");
            }
        });
        assertThat(missing)
                .as("service methods without a line in EXPECTED (observed outcome shown)")
                .isEmpty();
        assertThat(observed).isEqualTo(EXPECTED);
    }

    private static boolean passesTheCheck(Object bean, Method method, DoctorSummary doctor, PatientSummary patient) {
        // ids named after the caller's own things, so ownership checks pass and only the role check can refuse
        Object[] args = Arrays.stream(method.getParameters())
                .map(parameter -> switch (parameter.getName()) {
                    case "doctorId" -> doctor.doctorId();
                    case "patientId" -> patient.patientId();
                    case "userId" -> SignInUserId.current();
                    default -> placeholder(parameter.getType());
                })
                .toArray();
        try {
            bean.getClass()
                    .getMethod(method.getName(), method.getParameterTypes())
                    .invoke(bean, args);
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UsernameNotFoundException) {
                return true; // the sign-in lookup answered: no account with that e-mail
            }
            return !(cause instanceof AuthenticationException || cause instanceof AccessDeniedException);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signed-in caller's user id (0 for anonymous). */
    private static final class SignInUserId {
        static long current() {
            var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            return authentication != null && authentication.getPrincipal() instanceof PraxisUser user
                    ? user.userId()
                    : 0L;
        }
    }

    private static Object placeholder(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "";
        }
        if (type == java.util.Collection.class || type == java.util.List.class) {
            return java.util.List.of();
        }
        if (type == java.io.OutputStream.class) {
            return java.io.OutputStream.nullOutputStream();
        }
        return null;
    }

    private static String key(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(",", "(", ")"));
    }
}
