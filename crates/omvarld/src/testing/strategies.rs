//! Proptest strategies that generate valid programmes (to be written).
