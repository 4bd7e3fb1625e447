using Messaging.Inbox;
using Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds the outbox and inbox tables to a service's own DbContext (column names: the snake_case convention).</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).ValueGeneratedNever();
            outbox.Property(m => m.Sequence).UseIdentityAlwaysColumn();
            outbox.Property(m => m.MessageType).HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            outbox.Property(m => m.TraceParent).HasMaxLength(55);
            outbox.Property(m => m.TraceState).HasMaxLength(512);
            // The relay's query: pending rows in commit order.
            outbox.HasIndex(m => m.Sequence).HasDatabaseName("ix_outbox_messages_pending").HasFilter("sent_at IS NULL");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
        });

        return modelBuilder;
    }
}
