package app.praxis.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.availability.NewTimeOff;
import app.praxis.availability.TimeOffService;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.chat.ChatService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.payment.NewPayment;
import app.praxis.payment.PaymentMethod;
import app.praxis.payment.PaymentService;
import app.praxis.review.ReviewService;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.waitlist.NewWaitlistEntry;
import app.praxis.waitlist.WaitlistService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Who may call what: every public method of every @Service, called by six callers (signed in as real accounts):
 * anonymous, a patient, another patient, a doctor, another doctor and an admin. The arguments always name the first
 * patient's and first doctor's things (their ids, their past completed and reviewed appointment, their booked future
 * one with its payment, their chat, a time off, a waitlist entry and its offer), so one line says both whether the role
 * check (method security, or the service's own "who is calling" check) lets a caller through and whether the ownership
 * checks keep a stranger away from someone else's rows. The expected outcome of each method is one line of
 * {@link #EXPECTED}; a service method without a line fails the test, so nobody adds one without deciding who may call
 * it.
 *
 * <p>Each line: {@code Service.method(ParameterTypes)} = six characters for anonymous, patient, other patient, doctor,
 * other doctor, admin: {@code y} gets past the checks, {@code -} is refused. Refused means access denied or not signed
 * in; for the two strangers also "not found" ({@link NotFoundException}), the services' answer to a real row of someone
 * else. Other arguments are harmless placeholders (id 0, empty text, null objects), so many calls that pass end in "not
 * found" or "invalid input". Every stranger's {@code y} carries a comment saying why it is right (public directory,
 * pure helper, the caller's own data whatever the arguments, internal API); the bulk reads that answer strangers with a
 * filtered result are checked to leave the first patient's rows out, and the waitlist offer calls that answer them are
 * checked to change nothing.
 */
@IntegrationTest
class AccessMatrixTest {

    static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            // internal to the user feature's account pages (one-time links); no caller of its own
            entry("AccountLinks.issue(long,LinkPurpose,Duration,String)", "yyyyyy"),
            // internal (one-time links); the token is the proof, not the caller
            entry("AccountLinks.peek(String,Set)", "yyyyyy"),
            // internal (one-time links); the token is the proof, not the caller
            entry("AccountLinks.redeem(String,Set)", "yyyyyy"),
            // internal (one-time links), no caller check: see SECURITY.md's "Not done"
            entry("AccountLinks.retireAll(long)", "yyyyyy"),
            entry("AccountService.awaitsFirstPassword(long)", "-----y"),
            // the caller's own account whatever the args (a stranger acts on themselves)
            entry("AccountService.changePassword(String,String)", "-yyyyy"),
            // anonymous flows: registration, confirmation links, forgotten password (the token is the proof)
            entry("AccountService.checkNewPatient(NewAccount)", "yyyyyy"),
            // the token is the proof, whoever is signed in
            entry("AccountService.checkPasswordLink(String)", "yyyyyy"),
            // the caller's own account whatever the args (a stranger acts on themselves)
            entry("AccountService.closeMyAccount(String)", "-yy---"),
            // the token is the proof, whoever is signed in
            entry("AccountService.confirmEmail(String)", "yyyyyy"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("AccountService.exportMyData()", "-yy---"),
            // the caller's own account whatever the args (a stranger acts on themselves)
            entry("AccountService.requestEmailChange(String,String)", "-yyyyy"),
            // anonymous flow: says the same whether the address is known
            entry("AccountService.requestPasswordReset(String)", "yyyyyy"),
            entry("AccountService.resendSetPasswordLink(long)", "-----y"),
            // the token is the proof, whoever is signed in
            entry("AccountService.setPasswordWithLink(String,String)", "yyyyyy"),
            // anyone may register, as a patient
            entry("AccountService.signUpPatient(NewAccount)", "yyyyyy"),
            // the public directory: any signed-in person may look at any doctor
            entry("DoctorDirectory.bookability(long)", "-yyyyy"),
            entry("DoctorDirectory.bookabilityOfUsers(Collection)", "-----y"),
            // the public directory: any signed-in person may look at any doctor
            entry("DoctorDirectory.nextFreeSlots(Collection,int)", "-yyyyy"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("DoctorProfileService.myProfile()", "---yy-"),
            entry("DoctorProfileService.profileOfUser(long)", "-----y"),
            entry("DoctorProfileService.setCredentials(long,String,Long)", "-----y"),
            entry("DoctorProfileService.update(long,DoctorProfileChange)", "---y-y"),
            entry("DoctorService.createDoctor(NewDoctor,String)", "-----y"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("DoctorService.emailsOnPatientChanges()", "---yy-"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("DoctorService.setEmailsOnPatientChanges(boolean)", "---yy-"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("PatientProfileService.myProfile()", "-yy---"),
            entry("PatientProfileService.profileOfUser(long)", "-----y"),
            entry("PatientProfileService.update(long,PatientProfileChange)", "-y---y"),
            // the public registration form
            entry("PatientService.checkSignUp(NewAccount)", "yyyyyy"),
            // anyone may register, as a patient
            entry("PatientService.signUp(NewAccount)", "yyyyyy"),
            entry("PracticeTimeOffService.cancelUpcoming(long,Collection,String)", "-----y"),
            entry("PracticeTimeOffService.upcomingOf(long)", "-----y"),
            // photos by their unguessable stored name, for any signed-in person (as /photos/**)
            entry("ProfilePhotos.file(String)", "-yyyyy"),
            // the upload limit: no data
            entry("ProfilePhotos.maxBytes()", "yyyyyy"),
            entry("ProfilePhotos.remove(long)", "-y-y-y"),
            entry("ProfilePhotos.replace(long,String,byte[])", "-y-y-y"),
            // the signed-in person's own photo, none for anonymous
            entry("ProfilePhotos.signedInPhoto()", "yyyyyy"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("ReminderService.remindersOn()", "-yy---"),
            // the scheduled job (every node runs it); no caller of its own
            entry("ReminderService.sendDue()", "yyyyyy"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("ReminderService.setRemindersOn(boolean)", "-yy---"),
            entry("ReviewService.allReviews(int,int)", "-----y"),
            entry("ReviewService.countAll()", "-----y"),
            entry("ReviewService.edit(long,Integer,String)", "-y----"),
            entry("ReviewService.hide(long,String)", "-----y"),
            // the public directory: a doctor's visible reviews
            entry("ReviewService.latestOf(long,int)", "-yyyyy"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("ReviewService.myReviews(int,int)", "---yy-"),
            // answers only the rows the caller may see (strangersSeeNothingInBulkReads)
            entry("ReviewService.ofAppointments(Collection)", "-yyyyy"),
            entry("ReviewService.submit(long,Integer,String)", "-y----"),
            entry("SentMailService.count(Status,String)", "-----y"),
            entry("SentMailService.details(long)", "-----y"),
            entry("SentMailService.retry(long)", "-----y"),
            entry("SentMailService.search(Status,String,int,int)", "-----y"),
            // internal to booking and the waitlist (the conditional updates); no caller of its own
            entry("SlotReservations.hold(long,long,Instant)", "yyyyyy"),
            // internal to booking and the waitlist (the conditional updates); no caller of its own
            entry("SlotReservations.releaseHold(long,long)", "yyyyyy"),
            // internal to booking and the waitlist (the conditional updates); no caller of its own
            entry("SlotReservations.reserve(BookableSlot,long)", "yyyyyy"),
            entry("TimeOffService.changeTimeOff(long,long,NewTimeOff)", "---y-y"),
            entry("UserAdminService.deactivate(long,FutureAppointments,Collection,String)", "-----y"),
            entry("UserAdminService.upcomingAppointments(long)", "-----y"),
            // pure checks of typed details
            entry("UserProfiles.problems(PersonalDetails,boolean)", "yyyyyy"),
            entry("UserProfiles.toE164(String)", "yyyyyy"),
            // internal: the caller's transaction (MANDATORY); the account's owner or an admin checked inside
            entry("UserProfiles.update(long,PersonalDetails,boolean)", "yyyyyy"),
            entry("UserProfiles.updateBio(long,String)", "yyyyyy"),
            entry("UserService.createStaffAccount(NewAccount,Role,String)", "-----y"),
            entry("UserService.staffAccountProblems(NewAccount,Role)", "-----y"),
            // scoped to the caller's own offers in the query: a foreign offer is "gone", as a missing one (checked
            // below)
            entry("WaitlistService.accept(long)", "-yy---"),
            // scoped to the caller's own offers in the query: a foreign id changes nothing
            // (anotherPatientCannotTakeOrDeclineTheOffer)
            entry("WaitlistService.decline(long)", "-yy---"),
            // the caller's own entry, for any doctor of the directory
            entry("WaitlistService.join(NewWaitlistEntry)", "-yy---"),
            // scoped to the caller's own entries in the query: a foreign id changes nothing
            entry("WaitlistService.leave(long)", "-yy---"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("WaitlistService.mine()", "-yy---"),
            // the scheduled job (every node runs it); no caller of its own
            entry("WaitlistService.offerDue()", "yyyyyy"),
            entry("AppointmentService.appointmentsInSlots(long,LocalDate,LocalDate)", "---y-y"),
            entry("AppointmentService.calendarFile(long)", "-y-y-y"),
            entry("AppointmentService.count(AppointmentFilter)", "-----y"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("AppointmentService.doctorAgenda()", "---yy-"),
            entry("AppointmentService.exportCsv(AppointmentFilter,Sort,OutputStream)", "-----y"),
            entry("AppointmentService.haveMet(long,long)", "-y-y--"),
            entry("AppointmentService.history(long)", "-y-y-y"),
            // whether the caller (not the patient named) has met this doctor
            entry("AppointmentService.metDoctor(long)", "-yy---"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("AppointmentService.myAppointments()", "-yy---"),
            // a pure helper: rules on a row the caller already has, or a format; no data
            entry("AppointmentService.outcomeDue(AppointmentRow)", "yyyyyy"),
            entry("AppointmentService.patientMayChange(AppointmentRow)", "yyyyyy"),
            entry("AppointmentService.patientRecord(long)", "---y-y"),
            // a pure helper: rules on a row the caller already has, or a format; no data
            entry("AppointmentService.practiceMayCancel(AppointmentRow)", "yyyyyy"),
            entry("AppointmentService.recordOutcome(long,AppointmentStatus)", "---y-y"),
            entry("AppointmentService.search(AppointmentFilter,Pageable)", "-----y"),
            entry("AppointmentService.search(AppointmentFilter,Pageable,AppointmentRow)", "-----y"),
            entry("AuditLogService.count(AuditQuery)", "-----y"),
            entry("AuditLogService.exportCsv(AuditQuery,OutputStream)", "-----y"),
            entry("AuditLogService.search(AuditQuery,long,int)", "-----y"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("AuditTrail.openingsOfMyRecord()", "-yy---"),
            // internal: needs the caller's transaction (MANDATORY), refuses without one
            entry("AuditTrail.record(AuditAction,Long,String,Long)", "yyyyyy"),
            entry("AvailabilityPreview.bookableSlots(long)", "---y-y"),
            entry("AvailabilityPreview.check(long,LocalDateTime)", "---y-y"),
            entry("AvailabilityService.addSlots(long,NewSlots)", "---y-y"),
            entry("AvailabilityService.calendar(long,LocalDate,LocalDate)", "---y-y"),
            entry("AvailabilityService.deleteSlot(long,long)", "---y-y"),
            entry("AvailabilityService.moveSlot(long,long,SlotTimes)", "---y-y"),
            entry("AvailabilityService.saveWeeklyHours(long,WeeklyHours)", "---y-y"),
            entry("AvailabilityService.weeklyHours(long)", "---y-y"),
            // any patient may book a free slot of the directory, for themselves
            entry("BookingService.book(long,String)", "-yy---"),
            entry("BookingService.cancel(long,String)", "-y-y-y"),
            // a pure helper: rules on a row the caller already has, or a format; no data
            entry("BookingService.reasonMaxLength()", "yyyyyy"),
            entry("BookingService.reschedule(long,long,String)", "-y-y-y"),
            entry("ChatService.chatWithDoctor(long)", "-y----"),
            entry("ChatService.chatWithPatient(long)", "---y--"),
            entry("ChatService.conversation(long)", "-y-y--"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("ChatService.inbox(boolean)", "-yyyy-"),
            entry("ChatService.lastReadOfMine(long)", "-y-y--"),
            entry("ChatService.markRead(long)", "-y-y--"),
            entry("ChatService.newerMessages(long,long)", "-y-y--"),
            entry("ChatService.olderMessages(long,long)", "-y-y--"),
            entry("ChatService.send(long,String)", "-y-y--"),
            // the caller's own data whatever the args (a stranger reads or changes only their own)
            entry("ChatService.unreadTotal()", "-yyyy-"),
            entry("DashboardService.dashboard(DashboardFilter)", "-----y"),
            entry("DashboardService.exportCsv(DashboardFilter,OutputStream)", "-----y"),
            entry("DashboardService.figures(DashboardFilter)", "-----y"),
            entry("DashboardService.today()", "-----y"),
            // the public directory: any signed-in person may look at any doctor
            entry("DoctorDirectory.count(DirectoryQuery)", "-yyyyy"),
            entry("DoctorDirectory.freeSlots(long)", "-yyyyy"),
            entry("DoctorDirectory.freeSlots(long,LocalDate,LocalDate)", "-yyyyy"),
            entry("DoctorDirectory.page(long)", "-yyyyy"),
            entry("DoctorDirectory.profile(long)", "-yyyyy"),
            entry("DoctorDirectory.search(DirectoryQuery,Pageable)", "-yyyyy"),
            entry("DoctorService.allDoctors()", "-----y"),
            entry("DoctorService.createDoctor(NewDoctor)", "-----y"),
            // the caller's own doctor id (none for others)
            entry("DoctorService.signedInDoctorId()", "yyyyyy"),
            // the list of specializations: no personal data
            entry("DoctorService.specializations()", "yyyyyy"),
            // anyone may register, as a patient
            entry("PatientService.register(NewAccount)", "yyyyyy"),
            entry("PaymentService.count(PaymentFilter)", "-----y"),
            entry("PaymentService.creditNote(long)", "-y-y-y"),
            // a pure helper: rules on a row the caller already has, or a format; no data
            entry("PaymentService.currency()", "yyyyyy"),
            entry("PaymentService.draft(long)", "---y-y"),
            entry("PaymentService.exportCsv(PaymentFilter)", "-----y"),
            // a pure helper: rules on a row the caller already has, or a format; no data
            entry("PaymentService.format(BigDecimal)", "yyyyyy"),
            entry("PaymentService.history(long)", "-y-y-y"),
            // a pure helper: rules on a row the caller already has, or a format; no data
            entry("PaymentService.mayRecord(PaymentDetails)", "yyyyyy"),
            entry("PaymentService.mayRefund(PaymentDetails,boolean)", "yyyyyy"),
            entry("PaymentService.payment(long)", "-y-y-y"),
            // answers only the rows the caller may see (strangersSeeNothingInBulkReads)
            entry("PaymentService.paymentPage(Collection)", "-yyyyy"),
            entry("PaymentService.payments(Collection)", "-yyyyy"),
            entry("PaymentService.receipt(long)", "-y-y-y"),
            entry("PaymentService.recordDeclinedCard(long)", "---y-y"),
            entry("PaymentService.recordPayment(long,NewPayment)", "---y-y"),
            entry("PaymentService.refund(long,RefundRequest)", "---y-y"),
            entry("PaymentService.search(PaymentFilter,Pageable)", "-----y"),
            entry("PaymentService.totals(PaymentFilter)", "-----y"),
            entry(
                    "PracticeTimeOffService.cancelAppointmentsAndAddTimeOff(long,NewTimeOff,Collection,String)",
                    "---y-y"),
            // internal to booking (the conditional update); no caller of its own
            entry("SlotReservations.find(long)", "yyyyyy"),
            // internal to booking (the conditional update); no caller of its own
            entry("SlotReservations.freeSlots(long,LocalDateTime,LocalDate)", "yyyyyy"),
            // internal to booking (the conditional update); no caller of its own
            entry("SlotReservations.release(long)", "yyyyyy"),
            // internal to booking (the conditional update); no caller of its own
            entry("SlotReservations.reserve(BookableSlot)", "yyyyyy"),
            entry("SpecializationService.add(SpecializationForm)", "-----y"),
            entry("SpecializationService.delete(long)", "-----y"),
            entry("SpecializationService.list()", "-----y"),
            entry("SpecializationService.update(long,SpecializationForm)", "-----y"),
            entry("TimeOffService.addTimeOff(long,NewTimeOff)", "---y-y"),
            entry("TimeOffService.bookedSlotsIn(long,LocalDateTime,LocalDateTime)", "---y-y"),
            entry("TimeOffService.deleteTimeOff(long,long)", "---y-y"),
            // the sign-in lookup itself
            entry("UserAccountDetailsService.loadUserByUsername(String)", "yyyyyy"),
            entry("UserAdminService.count(UserQuery)", "-----y"),
            entry("UserAdminService.exportCsv(UserQuery,UserSort,boolean,OutputStream)", "-----y"),
            entry("UserAdminService.search(UserQuery,UserSort,boolean,long,int)", "-----y"),
            entry("UserAdminService.setActive(long,boolean)", "-----y"),
            entry("UserService.createStaffAccount(NewAccount,Role)", "-----y"),
            entry("UserService.findAccount(long)", "-y-y-y"),
            // anyone may register, as a patient
            entry("UserService.registerPatientAccount(NewAccount)", "yyyyyy"),
            entry("UserService.setActive(long,boolean)", "-----y")));

    @Autowired
    ApplicationContext context;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    BookingService booking;

    @Autowired
    AppointmentService appointments;

    @Autowired
    ChatService chats;

    @Autowired
    ReviewService reviews;

    @Autowired
    WaitlistService waitlist;

    @Autowired
    PaymentService payments;

    @Autowired
    TimeOffService timeOffs;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** The first patient's and first doctor's things, which every call names, whoever makes it. */
    record Things(
            DoctorSummary doctor,
            PatientSummary patient,
            long pastAppointment,
            long futureAppointment,
            long freeSlot,
            long otherFreeSlot,
            long chat,
            long review,
            long timeOff,
            long waitlistEntry,
            long waitlistOffer) {}

    @Test
    void everyServiceMethodAdmitsExactlyTheCallersTheTableSays() {
        DoctorSummary doctor = fixture.doctor("Matrix");
        PatientSummary patient = fixture.quickPatient("Matrix");
        DoctorSummary otherDoctor = fixture.doctor("Othermatrix");
        PatientSummary otherPatient = fixture.quickPatient("Othermatrix");
        Things things = things(doctor, patient);
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
                // for each method the strangers call first, before the owners' own call of it can change the rows
                char[] row = new char[CALLERS.length];
                for (int index : new int[] {2, 4, 0, 1, 3, 5}) {
                    String caller = CALLERS[index];
                    switch (caller) {
                        case "patient" -> SignIn.as(patient.userId(), Roles.PATIENT);
                        case "other patient" -> SignIn.as(otherPatient.userId(), Roles.PATIENT);
                        case "doctor" -> SignIn.as(doctor.userId(), Roles.DOCTOR);
                        case "other doctor" -> SignIn.as(otherDoctor.userId(), Roles.DOCTOR);
                        case "admin" -> SignIn.as(1, Roles.ADMIN);
                        default -> SignIn.out();
                    }
                    boolean stranger = caller.startsWith("other");
                    row[index] = passesTheCheck(bean, method, things, caller, stranger) ? 'y' : '-';
                    SignIn.out();
                }
                observed.put(key(type, method), new String(row));
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
        var wrong = new ArrayList<String>();
        observed.forEach((method, row) -> {
            if (!row.equals(EXPECTED.get(method))) {
                wrong.add(method + " expected " + EXPECTED.get(method) + " observed " + row);
            }
        });
        assertThat(wrong).as("lines that differ").isEmpty();
        assertThat(observed).isEqualTo(EXPECTED);
        strangersSeeNothingInBulkReads(things, otherPatient, otherDoctor);
        anotherPatientCannotTakeOrDeclineTheOffer(things, otherPatient);
    }

    /** Accept and decline answer another patient rather than refuse them: their 'y' holds only if nothing changes. */
    private void anotherPatientCannotTakeOrDeclineTheOffer(Things things, PatientSummary otherPatient) {
        long slot = fixture.slot(things.doctor().doctorId(), 22, LocalTime.of(11, 0));
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO waitlist_offers (entry_id, availability_id, offered_at, expires_at) VALUES (?,?,?,?)")
                .params(
                        things.waitlistEntry(),
                        slot,
                        Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant().plus(Duration.ofHours(2))))
                .update(key);
        long offer = key.getKey().longValue();
        SignIn.as(otherPatient.userId(), Roles.PATIENT);
        try {
            assertThatThrownBy(() -> waitlist.accept(offer)).isInstanceOf(InvalidInputException.class);
            waitlist.decline(offer);
        } finally {
            SignIn.out();
        }
        assertThat(jdbc.sql("SELECT status FROM waitlist_offers WHERE offer_id = ?")
                        .param(offer)
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN");
        assertThat(fixture.isBooked(slot)).isFalse();
        SignIn.as(things.patient().userId(), Roles.PATIENT); // the offer was real: its patient takes it
        try {
            waitlist.accept(offer);
        } finally {
            SignIn.out();
        }
        assertThat(fixture.isBooked(slot)).isTrue();
    }

    /**
     * The bulk reads (a page's payments and reviews) answer a stranger rather than refuse them, so their 'y' holds
     * only if the answer leaves out the first patient's rows.
     */
    private void strangersSeeNothingInBulkReads(Things things, PatientSummary otherPatient, DoctorSummary otherDoctor) {
        var ids = List.of(things.pastAppointment(), things.futureAppointment());
        for (Runnable signIn : List.<Runnable>of(
                () -> SignIn.as(otherPatient.userId(), Roles.PATIENT),
                () -> SignIn.as(otherDoctor.userId(), Roles.DOCTOR))) {
            signIn.run();
            try {
                assertThat(payments.payments(ids)).isEmpty();
                assertThat(payments.paymentPage(ids).byAppointment()).isEmpty();
                assertThat(reviews.ofAppointments(ids)).isEmpty();
            } finally {
                SignIn.out();
            }
        }
        SignIn.as(things.patient().userId(), Roles.PATIENT);
        try {
            assertThat(payments.payments(ids)).containsOnlyKeys(things.futureAppointment());
            assertThat(payments.paymentPage(ids).byAppointment()).containsOnlyKeys(things.futureAppointment());
            assertThat(reviews.ofAppointments(ids)).containsOnlyKeys(things.pastAppointment());
        } finally {
            SignIn.out();
        }
    }

    static final String[] CALLERS = {"anonymous", "patient", "other patient", "doctor", "other doctor", "admin"};

    /** Real rows of the first patient with the first doctor, made the way the services' own tests make them. */
    private Things things(DoctorSummary doctor, PatientSummary patient) {
        long past = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 3); // they have met: chats
        long bookedSlot = fixture.slot(doctor.doctorId(), 5, LocalTime.of(10, 0));
        long freeSlot = fixture.slot(doctor.doctorId(), 6, LocalTime.of(10, 0));
        long otherFreeSlot = fixture.slot(doctor.doctorId(), 7, LocalTime.of(10, 0));
        long offeredSlot = fixture.slot(doctor.doctorId(), 21, LocalTime.of(10, 0));
        try {
            SignIn.as(patient.userId(), Roles.PATIENT);
            long future = booking.book(bookedSlot, "Matrix");
            long chat = chats.chatWithDoctor(doctor.doctorId());
            chats.send(chat, "Hello");
            SignIn.as(doctor.userId(), Roles.DOCTOR);
            appointments.recordOutcome(past, AppointmentStatus.COMPLETED);
            SignIn.as(patient.userId(), Roles.PATIENT);
            long review = reviews.submit(past, 5, "Good").id();
            LocalDate day = fixture.today().plusDays(20);
            long entry = waitlist.join(new NewWaitlistEntry(
                    doctor.doctorId(), day, day.plusDays(2), LocalTime.of(8, 0), LocalTime.of(18, 0)));
            SignIn.as(doctor.userId(), Roles.DOCTOR);
            payments.recordPayment(future, new NewPayment(PaymentMethod.CASH, BookingFixture.FEE, null));
            chats.send(chat, "Hello back");
            long timeOff = timeOffs.addTimeOff(
                            doctor.doctorId(),
                            new NewTimeOff(
                                    day.plusDays(10).atTime(8, 0),
                                    day.plusDays(10).atTime(12, 0),
                                    "Course",
                                    false))
                    .timeOff()
                    .id();
            // an open offer of a free slot for the waitlist entry, as the waitlist job writes it
            var offerKey = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO waitlist_offers (entry_id, availability_id, offered_at, expires_at) VALUES (?,?,?,?)")
                    .params(
                            entry,
                            offeredSlot,
                            Timestamp.from(clock.instant()),
                            Timestamp.from(clock.instant().plus(Duration.ofHours(2))))
                    .update(offerKey);
            return new Things(
                    doctor,
                    patient,
                    past,
                    future,
                    freeSlot,
                    otherFreeSlot,
                    chat,
                    review,
                    timeOff,
                    entry,
                    offerKey.getKey().longValue());
        } finally {
            SignIn.out();
        }
    }

    /**
     * Whether the call gets past the checks. The arguments name the first patient's and first doctor's things; for
     * them, for anonymous and for the admin, only a refusal of the caller (access denied, not signed in) counts as
     * refused: "not found" or "invalid input" got past the checks. For a stranger (another patient, another doctor),
     * the service answering a real row of someone else as missing ({@link NotFoundException}) is a refusal too.
     */
    private static boolean passesTheCheck(Object bean, Method method, Things things, String caller, boolean stranger) {
        Object[] args = Arrays.stream(method.getParameters())
                .map(parameter -> argument(method, parameter.getName(), parameter.getType(), things, caller))
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
            if (stranger && cause instanceof NotFoundException) {
                return false; // someone else's row, answered as if it did not exist
            }
            return !(cause instanceof AuthenticationException || cause instanceof AccessDeniedException);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object argument(Method method, String name, Class<?> type, Things things, String caller) {
        return switch (name) {
            case "doctorId" -> things.doctor().doctorId();
            case "patientId" -> things.patient().patientId();
            // the caller's own account; a stranger names the first patient's or doctor's account
            case "userId" ->
                switch (caller) {
                    case "other patient" -> things.patient().userId();
                    case "other doctor" -> things.doctor().userId();
                    default -> SignInUserId.current();
                };
            // the booked future one (with its payment) for booking and payments, the completed past one (reviewed) else
            case "appointmentId" ->
                method.getDeclaringClass() == BookingService.class || method.getDeclaringClass() == PaymentService.class
                        ? things.futureAppointment()
                        : things.pastAppointment();
            case "appointmentIds" -> List.of(things.pastAppointment(), things.futureAppointment());
            case "doctorIds" -> List.of(things.doctor().doctorId());
            case "slotId" -> things.freeSlot();
            case "newSlotId" -> things.otherFreeSlot();
            case "chatId" -> things.chat();
            case "reviewId" -> things.review();
            case "timeOffId" -> things.timeOff();
            case "entryId" -> things.waitlistEntry();
            case "offerId" -> things.waitlistOffer();
            // a valid message, so that the chat's participant check decides (not the text rules, checked first)
            case "text" -> method.getDeclaringClass() == ChatService.class ? "A message from the matrix" : "";
            default -> placeholder(type);
        };
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
