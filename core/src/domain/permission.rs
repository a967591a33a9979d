/// One row of the README's role table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    /// View and edit a customer's basic data.
    CustomerData,
    /// View orders and their delivery addresses.
    OrdersAndDelivery,
    ViewReviews,
    /// Hide and show reviews.
    ModerateReviews,
    /// Access requests and register extracts.
    AccessRequests,
    /// Export of newsletter recipients (consenting customers only).
    NewsletterExport,
    /// Reports that contain no personal data.
    AggregateReports,
    EraseCustomer,
    /// Staff accounts, organisation settings and the audit log.
    Administration,
}

impl Permission {
    pub const ALL: [Permission; 9] = [
        Permission::CustomerData,
        Permission::OrdersAndDelivery,
        Permission::ViewReviews,
        Permission::ModerateReviews,
        Permission::AccessRequests,
        Permission::NewsletterExport,
        Permission::AggregateReports,
        Permission::EraseCustomer,
        Permission::Administration,
    ];
}
