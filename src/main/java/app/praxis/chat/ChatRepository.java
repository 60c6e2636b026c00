package app.praxis.chat;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChatRepository extends JpaRepository<Chat, Long> {}
