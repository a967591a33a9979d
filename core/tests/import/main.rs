//! The import suite: Shopify's customer and order exports into an empty register, and again
//! into one that already holds the webshop's customers.

#[macro_use]
extern crate testing;

mod again;
mod batches;
mod odd_inputs;
mod orders_to_check;
mod phones;
mod shopify_customers;
mod to_check;
